"""Solution detail that wires outside parts together (``_wiring``): the control kit a
want sets to work, the protocol or third-party service named as the carrier; and no
false alarm on a reading the user sees, a channel the user receives, or an app they open."""

from __future__ import annotations

import pytest

from pmcourse._tasks.story import Scenario, analyse

COLD_STORE = Scenario(
    name="COLD_STORE_ALERTS",
    need="a shop manager knows before the chilled food in the walk-in fridge goes warm",
    users="managers of small grocery shops",
    user_roles=("shop manager",),
    vendor=("Chillwatch",),
)

_STORY = (
    "As a shop manager, I want {}, so that I move the food before it spoils.\n"
    "Acceptance criteria:\n- Given the fridge is above 8C for 10 minutes, then I get a message.\n"
    "- Given I open the fridge page, then I see its temperature for today."
)


def _problem(want: str) -> tuple[str, str]:
    story = _STORY.format(want)
    f = next(x for x in analyse(story, COLD_STORE).findings if x.criterion == "problem")
    return f.state, f.message


@pytest.mark.parametrize(
    ("want", "quoted", "kind"),
    [
        ("the door controller's PLC to switch the compressor on", "PLC", "hardware"),
        ("the fridge thermometer sensor to publish each reading", "sensor", "hardware"),
        (
            "to work out when the door is left open from the reed sensors",
            "from the reed",
            "hardware",
        ),
        ("every reading to be sent to head office over NB-IoT", "over NB-IoT", "protocols"),
        ("the till to upload temperatures through an FTPS drop", "through an FTPS", "protocols"),
        ("a warning, e-mailed me through Mailgun", "through Mailgun", "protocols"),
        ("the loggers to feed readings into a Power Query Dashboard", "Power Query", "protocols"),
    ],
)
def test_control_kit_and_carriers_are_solution_detail(want: str, quoted: str, kind: str) -> None:
    state, message = _problem(want)
    assert state == "not met", message
    assert quoted in message and kind in message, message


@pytest.mark.parametrize(
    "want",
    [
        "to see the fridge temperature the sensor reads",
        "a warning sent to me by SMS when the fridge is warm",
        "the warning sent through the NHS App as well",
        "to know from my own readings whether the fridge was warm overnight",
        "to tell my staff the fridge is warm",
    ],
)
def test_a_reading_seen_or_a_channel_received_is_no_wiring(want: str) -> None:
    state, message = _problem(want)
    assert state == "met", message


@pytest.mark.parametrize(
    ("want", "quoted"),
    [
        ("each reading kept in a SmartSheet log that head office checks", "SmartSheet"),
        ("the warnings filed to the Google Drive folder by a Zapier Cloud script", "Zapier Cloud"),
        ("my readings to go into Oracle ERP through Mule Soft", "Oracle ERP"),
        ("a BMS integration so the fridge reports itself", "BMS integration"),
        ("the temperatures synced to the stock system every hour", "every hour"),
        ("the door state fed from the MQTT broker onto my page", "from the MQTT"),
        ("the fan controlled over Z-Wave when the door is left open", "over Z-Wave"),
    ],
)
def test_a_named_platform_or_scheduled_sync_is_solution_detail(want: str, quoted: str) -> None:
    state, message = _problem(want)
    assert state == "not met", message
    assert quoted in message, message


@pytest.mark.parametrize(
    "want",
    [
        "the warnings kept in the NHS App as well",
        "the warnings kept in the MyFridge app on my phone",
        "the fridge log to go to the CEO each Monday",
        "a note of each warning logged in the EHO folder I show inspectors",
        "to sync my phone with the fridge page",
    ],
)
def test_a_place_the_user_opens_or_a_person_is_no_platform(want: str) -> None:
    state, message = _problem(want)
    assert state == "met", message


@pytest.mark.parametrize(
    ("want", "quoted"),
    [
        ("the temperatures written to a sheet with an XLOOKUP on the fridge number", "XLOOKUP"),
        ("the log to be a shared Google Sheet that head office reads", "shared Google Sheet"),
        ("the readings copied to the office tablet through Google Sheets", "through Google Sheets"),
        (
            "the fridge log kept with conditional formatting for warm hours",
            "conditional formatting",
        ),
        ("a warning to the duty phone whenever a cell changes in the log", "a cell changes"),
        (
            "the app to check the suppliers' Google Sheets deliveries every hour",
            "Google Sheets deliveries",
        ),
    ],
)
def test_a_spreadsheet_as_the_medium_is_solution_detail(want: str, quoted: str) -> None:
    state, message = _problem(want)
    assert state == "not met", message
    assert quoted in message, message


@pytest.mark.parametrize(
    "want",
    [
        "to export the week's readings to a spreadsheet",
        "to download the fridge log as an Excel file for the inspector",
    ],
)
def test_a_spreadsheet_the_user_takes_away_is_no_medium(want: str) -> None:
    state, message = _problem(want)
    assert state == "met", message


@pytest.mark.parametrize(
    ("want", "quoted"),
    [
        ("each warning posted to the staff channel through a Slack bot", "Slack bot"),
        ("the alerts sent to customers through Mailchimp", "through Mailchimp"),
        ("the probe's data logger sending readings over LTE to head office", "over LTE"),
        ("the walk-in's door card reader to be locked by Chillwatch2 until it cools", "locked by"),
        ("the van's GPS tracker sending its place to the depot every minute", "tracker"),
        ("the warning raised as a job via a Zapier integration", "Zapier integration"),
    ],
)
def test_a_bot_mailer_network_or_wired_device_is_solution_detail(want: str, quoted: str) -> None:
    state, message = _problem(want)
    assert state == "not met", message
    assert quoted in message, message


@pytest.mark.parametrize(
    "want",
    [
        "a WhatsApp message when the fridge is warm",
        "the fridge door to stay locked until I say the food is checked",
        "to see where the delivery van is on a map",
    ],
)
def test_a_message_received_or_a_lock_seen_is_no_wiring(want: str) -> None:
    state, message = _problem(want)
    assert state == "met", message


@pytest.mark.parametrize(
    ("want", "quoted"),
    [
        ("BLE beacons by each fridge to ping my phone when I walk past", "BLE beacons"),
        ("NFC tags on the door so staff tap in each check", "NFC tags"),
        ("a Vonage text when the fridge goes warm", "Vonage"),
    ],
)
def test_short_range_radio_kit_or_a_named_sender_is_solution_detail(want: str, quoted: str) -> None:
    state, message = _problem(want)
    assert state == "not met", message
    assert quoted in message and "named technologies" in message, message


@pytest.mark.parametrize(
    "want",
    [
        "a text when the fridge goes warm, even when I am away from the shop",
        "to tap my phone on the fridge and see its temperature",
        "the warning on my phone's lock screen when I walk in",
    ],
)
def test_a_channel_or_the_users_own_phone_is_no_radio_kit(want: str) -> None:
    state, message = _problem(want)
    assert state == "met", message


@pytest.mark.parametrize(
    ("want", "quoted"),
    [
        ("each warning posted into a Slack channel for the area managers", "Slack channel"),
        ("the warm hours tracked in a Notion board that head office reads", "Notion board"),
        ("the readings kept in a Numbers sheet on Dropbox", "Numbers sheet"),
        ("my restock list built from a fridge spreadsheet on Dropbox", "on Dropbox"),
    ],
)
def test_a_named_tools_sheet_list_or_channel_is_solution_detail(want: str, quoted: str) -> None:
    state, message = _problem(want)
    assert state == "not met", message
    assert quoted in message, message


@pytest.mark.parametrize(
    "want",
    [
        "each warning posted into the staff channel",
        "the warm hours kept in my Notion board",
        "the readings added to the finance SOP folder",
        "the log kept in the Monday sheet I fill in",
    ],
)
def test_an_unnamed_or_own_sheet_list_or_channel_is_no_tool(want: str) -> None:
    state, message = _problem(want)
    assert state == "met", message


@pytest.mark.parametrize(
    ("want", "quoted"),
    [
        ("the till to send each reading to our stock database", "our stock database"),
        ("the door alarm to read its hours from their HQ server", "their HQ server"),
        ("each warning to be logged in the RMS incident log", "the RMS incident log"),
        (
            "Chillwatch to push the readings from its BMS system each night to my phone",
            "its BMS system",
        ),
        ("my warnings to go straight into ShopDesk as a task", "ShopDesk"),
    ],
)
def test_a_route_between_the_systems_behind_the_want_is_solution_detail(
    want: str, quoted: str
) -> None:
    state, message = _problem(want)
    assert state == "not met", message
    assert quoted in message, message


@pytest.mark.parametrize(
    "want",
    [
        "to export my readings from the system to a folder",
        "the app to send the warning to my phone",
        "my deputy to read the readings from the stock system",
        "to send the day's readings to our head office",
        "the warning to go straight to my phone",
        "a note of each warning to be logged in my paper log",
    ],
)
def test_the_user_moving_data_or_an_unnamed_system_is_no_route(want: str) -> None:
    state, message = _problem(want)
    assert state == "met", message


KENNELS = Scenario(
    name="KENNEL_BOOKINGS",
    need="a dog owner knows their dog's kennel stay is booked and how the dog is doing",
    users="dog owners who board their dogs",
    user_roles=("dog owner",),
    vendor=("Pawstay",),
)

_KENNEL_STORY = (
    "As a dog owner, I want {}, so that I stop worrying while I am away.\n"
    "Acceptance criteria:\n- Given my stay is booked, then I see the dates.\n"
    "- Given the dog has been walked, then I see it on my page."
)


def _kennel(want: str) -> tuple[str, str]:
    story = _KENNEL_STORY.format(want)
    f = next(x for x in analyse(story, KENNELS).findings if x.criterion == "problem")
    return f.state, f.message


@pytest.mark.parametrize(
    ("want", "quoted"),
    [
        ("each walk logged in Kennelbase and synced to my page", "logged in Kennelbase"),
        ("my dog's feeding notes listed in Notion", "listed in Notion"),
        ("the walk route taken from the GPS tags", "from the GPS tags"),
        ("the run's temperature read from the IoT sensors every hour", "IoT sensors"),
        ("the van's position from the AVL units on a map", "from the AVL units"),
        ("the page to read each stay from the Google Sheet the staff fill in", "Google Sheet"),
        ("my page to pull the walk times from a Notion board", "Notion board"),
    ],
)
def test_a_named_store_or_acronym_kit_as_the_datas_place_is_solution_detail(
    want: str, quoted: str
) -> None:
    state, message = _kennel(want)
    assert state == "not met", message
    assert quoted in message, message


@pytest.mark.parametrize(
    "want",
    [
        "my booking kept in Pawstay so I can change it",
        "a photo from the kennel staff each evening",
        "a warning from my GPS collar app if the dog is ill",
        "to see the walks as I already do in my calendar",
        "to read the walk notes from the Sunday sheet on my page",
        "to read the walk notes from the kennel staff",
    ],
)
def test_the_vendors_product_or_the_users_own_device_is_no_store(want: str) -> None:
    state, message = _kennel(want)
    assert state == "met", message


@pytest.mark.parametrize(
    ("want", "quoted"),
    [
        ("each stay pushed into Kennelbase", "pushed into Kennelbase"),
        ("my bookings logged as tickets in Freshdesk", "logged as tickets in Freshdesk"),
        ("my vet papers saved straight into the Zoho contact record", "into the Zoho"),
        ("the walk notes kept in a shared Excel on SharePoint", "Excel on SharePoint"),
        ("a nightly CSV export of the walks put on an SFTP folder", "SFTP folder"),
        ("each photo stored on a spare EC2 instance", "EC2 instance"),
    ],
)
def test_a_named_product_record_file_server_or_cloud_machine_is_solution_detail(
    want: str, quoted: str
) -> None:
    state, message = _kennel(want)
    assert state == "not met", message
    assert quoted in message, message


@pytest.mark.parametrize(
    "want",
    [
        "my booking pushed into May if the kennel is full",
        "my notes written in English on my page",
        "to export my stays to Excel for my diary",
        "a copy of each stay on my page by the next morning",
    ],
)
def test_a_month_a_language_or_the_users_export_is_no_named_store(want: str) -> None:
    state, message = _kennel(want)
    assert state == "met", message
