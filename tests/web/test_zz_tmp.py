from tests.web.conftest import log_in
from tests.web.test_shopping import hand_tablet_to_client, type_list
def test_fails(page, service):
    service.make_client("Greta Andersson")
    log_in(page, service)
    page.get_by_role("button", name="Öppna Greta Andersson").click()
    hand_tablet_to_client(page, "Greta Andersson")
    type_list(page, "mjölk " * 20)
