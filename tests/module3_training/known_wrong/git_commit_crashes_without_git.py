# Known-wrong for kata 3.6: handles git's failure but not its absence: where git is not installed,
# FileNotFoundError escapes and the run is never recorded.


def current_git_commit():
    try:
        done = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True, check=True)
    except subprocess.CalledProcessError:
        return "unknown"
    return done.stdout.strip()
