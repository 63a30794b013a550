# Known-wrong for kata 3.6: runs git with check=True, so outside a repository the whole run
# crashes instead of being recorded with commit "unknown".


def current_git_commit():
    return subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True, check=True).stdout.strip()
