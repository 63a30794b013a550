# Known-wrong for kata 5.3: its own handler leaves the input out (no 500 on NaN), but answers
# 400 Bad Request, not the 422 the service promises its clients.

_complete_create_app = create_app


def create_app(load_model, model_version):
    app = _complete_create_app(load_model, model_version)

    @app.exception_handler(RequestValidationError)
    async def refuse_invalid_request(request, error):
        detail = [{"loc": [str(p) for p in e["loc"]], "msg": e["msg"]} for e in error.errors()]
        return JSONResponse(status_code=400, content={"detail": detail})

    return app
