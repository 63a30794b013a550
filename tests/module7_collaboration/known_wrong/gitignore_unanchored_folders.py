# Known-wrong for kata 7.9: folder rules without a leading slash ("models/", "artifacts/",
# "data/*"): they also ignore the packages src/app/models/ and src/pipeline/data/ and the code
# that generates the data.

_reference_gitignore = ml_gitignore


def ml_gitignore():
    text = _reference_gitignore()
    for anchored, loose in (("/data/*\n", "data/*\n"), ("!/data/README.md\n", "!data/README.md\n"),
                            ("!/data/*.py\n", ""), ("/models/\n", "models/\n"),
                            ("/artifacts/\n", "artifacts/\n")):
        text = text.replace(anchored, loose)
    return text
