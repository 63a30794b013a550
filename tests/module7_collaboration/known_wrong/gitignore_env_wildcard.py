# Known-wrong for kata 7.9: ".env*" catches every env file, the template .env.example too.

_reference_gitignore = ml_gitignore


def ml_gitignore():
    return _reference_gitignore().replace(".env\n.env.*\n!.env.example\n", ".env*\n")
