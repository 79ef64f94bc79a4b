async def test_login_and_health(client, staff):
    resp = await staff.get("/healthz")
    assert resp.status == 200
    body = await resp.json()
    assert body["db"] == "ok"
    resp = await staff.get("/api/v1/session")
    assert (await resp.json())["username"] == "anna"
