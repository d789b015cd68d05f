"""The HTTP layer: FastAPI routers, dependencies, error bodies and middleware."""
