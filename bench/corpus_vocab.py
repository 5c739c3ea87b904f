"""Word lists for the synthetic news corpus: all invented, none taken from real articles.

Kept apart from corpus.py so the generator logic stays short. Everything here is an immutable
tuple built once at import; the generator only ever picks from these with its own seeded RNG.
"""

from __future__ import annotations

SECTIONS: tuple[str, ...] = (
    "World+Biz",
    "Bangladesh",
    "Economy",
    "Sports",
    "Tech",
    "Opinion",
    "Features",
    "Environment",
)

# Newsroom bylines are skewed too: the agency byline shows up far more often than any one person.
AGENCY_BYLINES: tuple[str, ...] = ("TBS Report", "TBS Desk", "Reuters", "AFP", "UNB", "BSS")

PERSON_BYLINES: tuple[str, ...] = (
    "Rafiq Hasan",
    "Nusrat Jahan",
    "Tanvir Ahmed",
    "Farhana Akter",
    "Mahmudul Karim",
    "Sadia Islam",
    "Arif Chowdhury",
    "Shirin Sultana",
    "Imran Hossain",
    "Laila Rahman",
    "Kamrul Alam",
    "Tasnim Ferdous",
    "Jahid Mollah",
    "Rumana Begum",
    "Sajjad Kabir",
    "Nadia Sharmin",
    "Habib Uddin",
    "Mitu Saha",
    "Anisur Rahim",
    "Priya Das",
    "Shafiqul Bari",
    "Ruksana Parvin",
    "Towhid Siddique",
    "Ayesha Noor",
    "Rezaul Haque",
    "Mehjabin Khan",
    "Zahir Talukder",
    "Sumaiya Rashid",
    "José Ramírez",
    "Zoë Müller",
    "Søren Ødegård",
    "Chloé Lefèvre",
    "Ana Gonçalves",
    "Łukasz Nowak",
)

PLACES: tuple[str, ...] = (
    "Dhaka",
    "Chattogram",
    "Sylhet",
    "Khulna",
    "Rajshahi",
    "Cox's Bazar",
    "Gazipur",
    "Narayanganj",
    "Barishal",
    "Rangpur",
    "India",
    "China",
    "United States",
    "Japan",
    "Myanmar",
    "Pakistan",
    "Sri Lanka",
    "Nepal",
    "Malaysia",
    "Saudi Arabia",
    "United Kingdom",
    "Germany",
    "Russia",
    "Ukraine",
    "Iran",
    "Singapore",
    "Kolkata",
    "New Delhi",
    "Beijing",
    "Washington",
    "São Paulo",
    "Zürich",
)

ORGANISATIONS: tuple[str, ...] = (
    "World Bank",
    "IMF",
    "Bangladesh Bank",
    "Asian Development Bank",
    "United Nations",
    "WHO",
    "the finance ministry",
    "the commerce ministry",
    "BGMEA",
    "Dhaka Stock Exchange",
    "the National Board of Revenue",
    "Biman Bangladesh Airlines",
    "the election commission",
    "Dhaka North City Corporation",
    "Chattogram Port Authority",
    "the Bangladesh Cricket Board",
    "the planning commission",
    "Unicef",
    "the European Union",
    "Asean",
)

PEOPLE: tuple[str, ...] = (
    "the prime minister",
    "the finance minister",
    "the central bank governor",
    "the commerce secretary",
    "a ministry spokesman",
    "the port chairman",
    "a senior economist",
    "the chief executive",
    "the national team captain",
    "the environment adviser",
    "an opposition lawmaker",
    "the foreign secretary",
)

WEEKDAYS: tuple[str, ...] = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)

# Topic nouns per section make titles and tails of one section resemble each other.
TOPICS: dict[str, tuple[str, ...]] = {
    "World+Biz": ("trade deal", "sanctions", "oil prices", "shipping costs", "summit", "tariffs"),
    "Bangladesh": ("metro rail", "flood relief", "road safety", "local polls", "power cuts"),
    "Economy": ("inflation", "remittance", "export earnings", "budget deficit", "forex reserves"),
    "Sports": ("Test series", "T20 squad", "football league", "hockey final", "chess olympiad"),
    "Tech": ("mobile banking", "broadband", "startup funding", "data centre", "e-commerce"),
    "Opinion": ("governance", "public health", "education reform", "urban planning"),
    "Features": ("river life", "street food", "handloom weavers", "old Dhaka", "tea gardens"),
    "Environment": ("air quality", "river erosion", "cyclone shelters", "mangroves", "heatwave"),
}

ADJECTIVES: tuple[str, ...] = (
    "unprecedented",
    "record",
    "fragile",
    "steady",
    "sharp",
    "modest",
    "historic",
    "urgent",
    "rising",
    "uneven",
)

TITLE_TEMPLATES: tuple[str, ...] = (
    "{org} warns of ‘{adj}’ pressure on {topic} in {place}",
    "{place} eyes {adj} gains in {topic}",
    "{topic} hits {adj} level as {place} braces for winter",
    "“We are not done yet”, says {person} on {topic}",
    "{org} approves new plan for {topic}",
    "Why {topic} matters for {place}",
    "{place} and {place2} agree on {topic} roadmap",
    "{adj} week for {topic} in {place}",
    "{org} to review {topic} rules by June",
    "‘{adj}’ turnout as {place} votes on {topic}",
    "{person} calls for calm over {topic}",
    "Inside the {topic} debate in {place}",
    "{place}’s {topic} push faces {adj} test",
    "{org}: {topic} outlook stays {adj}",
)

SUBJECTS_BASE: tuple[str, ...] = (
    "Officials in {place}",
    "Traders in {place}",
    "Researchers at {org}",
    "Analysts at {org}",
    "Residents of {place}",
    "Economists",
    "Industry leaders",
    "Government officials",
    "Local authorities",
    "Several exporters",
    "Committee members",
    "Rights groups",
    "Small business owners",
    "Experts from {org}",
    "Farmers near {place}",
    "Students in {place}",
)

PREDICATES: tuple[str, ...] = (
    "said the measures would take effect",
    "expressed concern about the slow pace of reform",
    "called for a review of the current policy",
    "warned that costs could rise further",
    "welcomed the decision announced earlier",
    "are waiting for clearer guidance from regulators",
    "reported a steady increase in demand",
    "noted that supply chains remain under strain",
    "argued that the plan lacked detail",
    "pointed to a sharp fall in imports",
    "have been preparing for a busy season",
    "expect a modest recovery over the coming months",
    "raised questions about the funding",
    "described the situation as manageable",
    "urged both sides to resume talks",
    "plan to publish a fuller assessment",
    "insisted that the targets were realistic",
    "have asked for more time to comply",
)

TAILS: tuple[str, ...] = (
    "on {weekday}",
    "in {place} last week",
    "according to {org}",
    "during a meeting in {place}",
    "at a press briefing on {weekday}",
    "despite the recent slowdown",
    "ahead of the next fiscal year",
    "after weeks of negotiation",
    "amid rising prices across the region",
    "as the monsoon season approached",
    "in a statement issued late on {weekday}",
    "while talks with {place} continued",
    "following a visit by {person}",
    "before the end of the quarter",
)

SUBHEADINGS: tuple[str, ...] = (
    "What happens next",
    "The numbers",
    "Background",
    "Reaction",
    "A closer look",
    "What experts say",
)

TAG_VOCABULARY: tuple[str, ...] = (
    "economy", "dhaka", "bangladesh", "india", "china", "inflation", "cricket", "trade",
    "garments", "remittance", "imf", "world bank", "budget", "energy", "climate", "floods",
    "health", "education", "elections", "chattogram", "exports", "imports", "banking",
    "stock market", "technology", "startups", "telecom", "transport", "metro rail", "football",
    "united states", "russia", "ukraine", "myanmar", "rohingya", "agriculture", "rice",
    "fuel prices", "power", "gas", "infrastructure", "padma bridge", "tourism", "cox's bazar",
    "migration", "labour", "tax", "investment", "forex", "aviation", "shipping", "port",
    "air pollution", "cyclone", "water", "housing", "covid-19", "vaccines", "women", "youth",
)  # fmt: skip


def _expand(templates: tuple[str, ...], field: str, values: tuple[str, ...]) -> tuple[str, ...]:
    """Fill one named slot in every template with every value; templates without it stay once."""
    slot = "{" + field + "}"
    expanded: list[str] = []
    for template in templates:
        if slot in template:
            expanded.extend(template.replace(slot, value) for value in values)
        else:
            expanded.append(template)
    return tuple(expanded)


def _expand_all(templates: tuple[str, ...]) -> tuple[str, ...]:
    # Filling slots once here means generating a sentence is three list picks and a join,
    # which is what keeps 100,000 articles well under a minute.
    filled = _expand(templates, "place", PLACES)
    filled = _expand(filled, "org", ORGANISATIONS)
    filled = _expand(filled, "weekday", WEEKDAYS)
    return _expand(filled, "person", PEOPLE)


SUBJECTS: tuple[str, ...] = _expand_all(SUBJECTS_BASE)
SENTENCE_TAILS: tuple[str, ...] = _expand_all(TAILS)


def _mean_words(phrases: tuple[str, ...]) -> float:
    return sum(len(p.split()) for p in phrases) / len(phrases)


WORDS_PER_SENTENCE: float = (
    _mean_words(SUBJECTS) + _mean_words(PREDICATES) + _mean_words(SENTENCE_TAILS)
)

BYLINE_POOL: tuple[str, ...] = AGENCY_BYLINES + PERSON_BYLINES
# Zipf-like weights: rank r gets 1/r, so the first few bylines and tags dominate.
BYLINE_CUM_WEIGHTS: tuple[float, ...] = tuple(
    sum(1 / r for r in range(1, i + 2)) for i in range(len(BYLINE_POOL))
)
TAG_CUM_WEIGHTS: tuple[float, ...] = tuple(
    sum(1 / r for r in range(1, i + 2)) for i in range(len(TAG_VOCABULARY))
)

COMMENTS_FOOTER: str = (
    "Comments\n\n"
    "While most comments will be posted if they are on-topic and not abusive, moderation "
    "decisions are subjective. Published comments are readers’ own views and The Business "
    "Standard does not endorse any of the readers’ comments."
)
