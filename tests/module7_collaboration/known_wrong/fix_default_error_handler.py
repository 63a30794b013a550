# Known-wrong for kata 7.8: validates everything, but FastAPI's default 422 echoes the input, and a
# NaN cannot be written as JSON: the error response itself crashes into a 500.

_reference_create_app = create_app


def create_app():
    app = _reference_create_app()
    app.exception_handlers.pop(RequestValidationError, None)
    return app
