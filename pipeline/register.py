"""(round 28) Whose page it is: a newspaper's or a wire's story, or a government's own text.

One answer for the three places that asked it in three ways: the chain's register (``_Context.news_register`` in
``pipeline/commitments.py``), the learned sentence reader's choice of models (``learned_sentences``) and the checks
the chain runs only on stories at its end (round 26: a paper's page with no byline read is a story there too).
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from pipeline.model import Article

# a government's own publisher ("The White House", "Ministry of Commerce", "Office of the United States Trade
# Representative", "European Commission", "Embassy of ...")
OFFICIAL_PUBLISHER = re.compile(r"White House|Government|Ministry|Department|Office|Embassy|Commission|Briefing|"
                                r"Trade Representative")
# a state's site by other names ("GOV.UK", "International Trade Administration", "Presidential Actions", "Press
# Information Bureau", "Prime Minister of Australia"); read only where no byline was: a bylined page of a press
# *agency* ("Continental Press Agency") is a wire's story
STATE_PUBLISHER = re.compile(r"\bGOV\.|\bgov\b|Administration|President|Prime Minister|Press Information|Chancellery|"
                             r"Parliament|Council of|Cabinet|Federal|Secretariat|Agency|Bureau")

NEWS, PRESS, OFFICIAL = "news", "press", "official"


def _government_host(url: str | None) -> bool:
    """Whether the page's address is a government's host ("www.whitehouse.gov", "www.gov.uk", "commerce.gov.in"): a
    "gov" label of the host, never the word in a story's path ("/government-raises-duty")."""
    if not url or "gov" not in url:
        return False
    host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    return "gov" in host.split(".")


def page_register(article: Article, in_force_by: str | None = None) -> str:
    """``NEWS``: a story with a byline or a wire agency, published by no government (``OFFICIAL_PUBLISHER``, a
    government's host) and carrying no order of its own that is in force (``in_force_by``: the party whose
    proclamation the page's text is, read by the chain); ``PRESS``: any other page a paper or a site publishes
    (a publisher that is no state's: "Westbury Evening Post", a club's or a council's page); ``OFFICIAL``: the rest
    (a government's publisher or host, or a page with no publisher read)."""
    publisher = article.publisher or ""
    if OFFICIAL_PUBLISHER.search(publisher) is not None or _government_host(article.url):
        return OFFICIAL
    if (article.authors or article.wire_agency) and not in_force_by:
        return NEWS
    if publisher.strip() and STATE_PUBLISHER.search(publisher) is None:
        return PRESS
    return OFFICIAL
