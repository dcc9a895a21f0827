"""Machine-learning solution detail by kind (``_mlkinds``): how a model is prompted or
trained, the resampling behind a figure, a model's internals and prompt, a software
agent as a part; and no false alarm on a conference a paper goes to, a person who is an
agent, or a developer's own config file in a developer product."""

from __future__ import annotations

import pytest

from pmcourse._tasks.story import Scenario, analyse

LIBRARY = Scenario(
    name="LIBRARY_HOLDS",
    need="readers know when a book they reserved is ready to collect",
    users="members of a public library",
    user_roles=("reader", "librarian"),
    vendor=("Shelfie",),
)
# a developer product: its users' config files are the product's contract
LINTER = Scenario(
    name="LINT_SERVICE",
    need="developers see which rule a failed lint check broke before they merge",
    users="developers who run the Lintly CLI in their CI and configure its rules",
    contract=("internal interfaces",),
)

_STORY = (
    "As a reader, I want {}, so that I collect my book before the hold ends.\n"
    "Acceptance criteria:\n- Given my book is ready, then I get a message that day.\n"
    "- Given I open my holds, then I see which are ready."
)


def _problem(want: str, scenario: Scenario = LIBRARY) -> tuple[str, str]:
    f = next(x for x in analyse(_STORY.format(want), scenario).findings if x.criterion == "problem")
    return f.state, f.message


@pytest.mark.parametrize(
    "want",
    [
        "the ready message written by GPT-4o with chain-of-thought and few-shot prompting",
        "the pick-up estimate fine-tuned on past loans with contextual biasing",
        "the wait shown with bootstrap confidence intervals computed each night",
        "the model's logits kept for each hold so the wait can be ranked",
        "a shelf-checker agent that confirms each book is on the hold shelf",
        "both titles put in the system prompt before the message is drafted",
        "a collaborative-filtering model to pick the next books for my holds",
    ],
)
def test_ml_methods_internals_and_agents_are_solution_detail(want: str) -> None:
    state, message = _problem(want)
    assert state == "not met", message
    assert "algorithms and ML methods" in message


@pytest.mark.parametrize(
    "want",
    [
        "to ask a support agent when my book will be ready",
        "a message that reads like a person wrote it",
        "to see the wait for my hold with a range of likely days",
        "a collaborative reading list that filters out books I have read",
    ],
)
def test_a_person_agent_or_a_plain_wish_is_no_ml_method(want: str) -> None:
    state, message = _problem(want)
    assert state == "met", message


def test_a_conference_a_paper_goes_to_is_no_named_technology() -> None:
    state, message = _problem("my reading list ready before I publish at NeurIPS")
    assert state == "met", message
    state, message = _problem("my reading list exported to TimescaleDB")
    assert state == "not met", message


def test_a_developers_own_config_file_is_the_products_contract() -> None:
    story = (
        "As a developer, I want `lintly check` to name the broken rule from our lintly.yaml, "
        "so that I fix it before I merge.\nAcceptance criteria:\n"
        "- Given a rule fails, then the output names the rule and the file.\n"
        "- Given no rule fails, then the command exits 0."
    )
    f = next(x for x in analyse(story, LINTER).findings if x.criterion == "problem")
    assert f.state == "met", f.message
    outside = next(
        x
        for x in analyse(story.replace("`lintly check`", "the lint check"), LIBRARY).findings
        if x.criterion == "problem"
    )
    assert outside.state == "not met", outside.message


@pytest.mark.parametrize(
    ("want", "quoted"),
    [
        (
            "a cover-recognition model to match my photo of the book to the catalogue",
            "cover-recognition model",
        ),
        ("my handwritten list read with OCR and matched to titles", "OCR"),
        ("titles matched by a fuzzy-matching model when I misspell them", "fuzzy-matching model"),
    ],
)
def test_a_model_named_by_its_task_or_ocr_is_solution_detail(want: str, quoted: str) -> None:
    state, message = _problem(want)
    assert state == "not met", message
    assert quoted in message and "algorithms and ML methods" in message, message


@pytest.mark.parametrize(
    "want",
    [
        "the app to recognise my library card when I hold it to the screen",
        "titles matched even when I misspell them",
        "so that the library is compliant with GDPR for my loans",
    ],
)
def test_recognising_matching_or_a_regulation_is_no_ml_method(want: str) -> None:
    state, message = _problem(want)
    assert state == "met", message


def test_a_group_that_is_compliant_is_no_grouping_method() -> None:
    state, message = _problem("to see my holds, and the group is compliant with GDPR for them")
    assert state == "met", message
    state, message = _problem("the holds clustered with DBSCAN by branch")
    assert state == "not met", message


@pytest.mark.parametrize(
    ("want", "quoted"),
    [
        (
            "the app to fine-tune Llama on past loan notes and suggest a due date",
            "fine-tune Llama on",
        ),
        ("covers ranked by their image embeddings against my search", "embeddings"),
        ("titles flagged when the token log-probability is low", "log-probability"),
        ("a TensorFlow Lite spine-reading model to read the shelf photo", "TensorFlow Lite"),
        ("a handwriting-segmentation network to split my list into titles", "segmentation network"),
        ("a random-forest model trained on past loans to predict my wait", "random-forest"),
    ],
)
def test_a_named_model_its_training_or_its_scores_are_solution_detail(
    want: str, quoted: str
) -> None:
    state, message = _problem(want)
    assert state == "not met", message
    assert quoted in message and "algorithms and ML methods" in message, message


@pytest.mark.parametrize(
    "want",
    [
        "to estimate how long my hold will take, to the nearest week",
        "to know how likely it is that my hold arrives this week",
        "the YouTube author talk embedded on the book's page",
    ],
)
def test_an_estimate_a_likelihood_or_an_embedded_video_is_no_ml_method(want: str) -> None:
    state, message = _problem(want)
    assert state == "met", message


@pytest.mark.parametrize(
    "want",
    [
        "the ready date predicted by a model retrained weekly on past loans",
        "the wait estimate, with the model re-trained every month on returns",
    ],
)
def test_a_model_retrained_on_a_schedule_is_the_teams_upkeep(want: str) -> None:
    state, message = _problem(want)
    assert state == "not met", message
    assert "algorithms and ML methods" in message


def test_a_reader_trained_each_week_is_no_model() -> None:
    state, message = _problem("a weekly training slot with a librarian to learn the holds page")
    assert state == "met", message


@pytest.mark.parametrize(
    ("want", "quoted"),
    [
        ("books suggested by collaborative filtering on past loans", "collaborative filtering"),
        ("a machine-learning suggestion engine to pick my next book", "machine-learning"),
        ("the next book chosen by a recommendation algorithm", "recommendation algorithm"),
        ("the hold locker to open by face recognition", "face recognition"),
        ("the wait estimate from a model, and to retrain it on last year's loans", "retrain it"),
    ],
)
def test_a_recommender_face_check_or_retraining_is_solution_detail(want: str, quoted: str) -> None:
    state, message = _problem(want)
    assert state == "not met", message
    assert quoted in message and "algorithms and ML methods" in message, message


@pytest.mark.parametrize(
    "want",
    [
        "books suggested to me from what I borrowed before",
        "to retrain as a librarian through the library's own course",
        "the hold locker to open when I show my card",
        "the catalogue filtered by what is ready",
    ],
)
def test_a_suggestion_seen_or_a_person_retraining_is_no_ml_method(want: str) -> None:
    state, message = _problem(want)
    assert state == "met", message
