"""Chrome rules: what they remove, and story sentences that look like chrome but must stay."""

import pytest

from newsweave.clean import reasons as R
from newsweave.clean.rules import line_reason

from .fixtures import LOOKALIKES

POSITIVE = [
    ("See also  Seven things you never knew about lighthouses", R.RELATED),
    ("Read more: Council delays vote on harbour tax", R.RELATED),
    ("Related Posts", R.RELATED),
    ("Related: Flood barriers tested in Saltmere", R.RELATED),
    ("You may also like", R.RELATED),
    ("Lesen Sie auch: Neue Fähre für die Insel", R.RELATED),
    ("2325 views 0 comment(s)", R.COUNTERS),
    ("1.204 views | 12 comments", R.COUNTERS),
    ("Ilse Brandt, Photo: Kestrel Agency", R.CAPTION),
    ("Photo: Nordpress", R.CAPTION),
    ("(Photo by Jane Roe/Harbour Images)", R.CAPTION),
    ("Disclaimer: The translations are mostly done through an AI translator and might not be accurate.", R.MT_DISCLAIMER),
    ("This article was machine translated from Danish and may contain errors.", R.MT_DISCLAIMER),
    ("Bonus video:", R.PROMO),
    ("Advertisement", R.PROMO),
    ("Subscribe to our daily newsletter", R.PROMO),
    ("Home / World / Port strike ends", R.BREADCRUMB),
    ("News › Europe › Vellmark", R.BREADCRUMB),
    ("Leave a Reply", R.COMMENTS),
    ("Your email address will not be published. Fields marked * are required", R.COMMENTS),
    ("This website uses cookies to improve your experience. Accept", R.COOKIES),
    ("We use cookies to personalise content and ads. By continuing you agree to our cookie policy.", R.COOKIES),
    ("Accept all cookies", R.COOKIES),
    ("Share on Facebook", R.SHARE),
    ("Follow us on Telegram", R.SHARE),
    ("Facebook Twitter WhatsApp Email", R.SHARE),
    ("© 2024 Northern Daily Post. All rights reserved.", R.SITE_NAME),
]


@pytest.mark.parametrize("line,reason", POSITIVE)
def test_chrome_lines_are_recognised(line, reason):
    assert line_reason(line) == reason


STORY_SENTENCES = [line for line in LOOKALIKES.splitlines()[1:] if line.strip()] + [
    "See also how the ministry changed its position over the past year, the report said, adding that officials disagreed "
    "about the costs, the timing and the scope of the reform, which several regional governors opposed in writing last week.",
    "Related to the case, two officials were questioned by police.",
    "Photographers were kept away from the site: police cited safety concerns.",
    "The translation of the treaty was done by a machine, the opposition claimed, and it contained errors.",
    "Video footage showed the ship leaving the port.",
    "Follow-up talks are planned for May.",
    "Home care workers / nurses will get a raise, the minister said.",
    "Read the full statement below.",
    "2,000 people attended the funeral.",
    "12 comments were filed by residents during the consultation, the council said.",
]


@pytest.mark.parametrize("line", STORY_SENTENCES)
def test_story_sentences_that_look_like_chrome_stay(line):
    assert line_reason(line) is None, line
