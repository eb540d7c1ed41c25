"""Speaker phrases and the article-wide registry."""
from pipeline.speakers import SpeakerRegistry, parse_speaker


def test_appositive_role_and_organisation():
    s = parse_speaker("Ms Laura Okafor, senior fellow at the Institute for Global Commerce")
    assert (s.name, s.role, s.org, s.speaker_type, s.gender) == (
        "Laura Okafor", "senior fellow", "Institute for Global Commerce", "analyst", "female")


def test_based_qualifier_and_firm_descriptor_are_dropped():
    s = parse_speaker("Tan Wei, a Singapore-based partner at advisory firm Meridian")
    assert (s.name, s.role, s.org, s.speaker_type) == ("Tan Wei", "partner", "Meridian", "business")


def test_second_appositive_is_not_the_organisation():
    s = parse_speaker("Omar Haddad, chief economist at Harbour Capital, a fund manager")
    assert (s.role, s.org) == ("chief economist", "Harbour Capital")


def test_title_before_name_with_country_owner():
    s = parse_speaker("Japan’s Trade Minister Ryosei Akazawa")
    assert (s.name, s.role, s.speaker_type, s.country_hint) == ("Ryosei Akazawa", "Trade Minister", "official", "Japan")


def test_round_up_label_splits_organisation_title_name():
    s = parse_speaker("Northern Growers Federation President Dana Whitfield")
    assert (s.name, s.role, s.org) == ("Dana Whitfield", "President", "Northern Growers Federation")
    assert s.speaker_type == "business"  # a federation's president is not a head of state


def test_organisation_and_government_speakers():
    s = parse_speaker("China’s Commerce Ministry")
    assert (s.kind, s.name, s.speaker_type, s.country_hint) == ("organisation", "Commerce Ministry", "official", "China")


def test_anonymous_and_generic_speakers():
    s = parse_speaker("a diplomat familiar with the talks")
    assert (s.kind, s.name, s.speaker_type) == ("anonymous", "a diplomat familiar with the talks", "anonymous")
    assert parse_speaker("sources").speaker_type == "anonymous"
    experts = parse_speaker("experts")
    assert (experts.kind, experts.plural) == ("generic", True)


def test_name_particles_stay_in_the_name():
    assert parse_speaker("Ursula von der Leyen").name == "Ursula von der Leyen"


def test_surname_and_honorific_resolve_to_first_full_mention():
    registry = SpeakerRegistry()
    first = registry.resolve("Ms Laura Okafor, senior fellow at the Institute for Global Commerce", 0)
    assert registry.resolve("Ms Okafor", 100) is first
    assert registry.resolve("Okafor", 200).name == "Laura Okafor"


def test_pronoun_skips_incompatible_recent_people():
    registry = SpeakerRegistry()
    registry.resolve("Ms Laura Okafor", 0)
    registry.resolve("Mr Kenji Sato", 50)
    registry.resolve("Mr Pedro Alvarez", 80)
    assert registry.resolve("she", 120).name == "Laura Okafor"
    assert registry.resolve("he", 130).name == "Pedro Alvarez"


def test_the_official_links_back_to_the_anonymous_official():
    registry = SpeakerRegistry()
    first = registry.resolve("a senior official briefed on the talks", 0)
    assert registry.resolve("the official", 90) is first


def test_titled_name_in_running_text_becomes_known():
    registry = SpeakerRegistry()
    registry.observe("Treasury Secretary Scott Bessent met his counterpart on Saturday.", 0)
    speaker = registry.resolve("Bessent", 80)
    assert (speaker.name, speaker.role, speaker.speaker_type) == ("Scott Bessent", "Treasury Secretary", "official")


def test_title_first_then_name_after_comma():
    s = parse_speaker("the general secretary of the Northern Dockworkers Union, Gareth Pryce")
    assert (s.name, s.role, s.org) == ("Gareth Pryce", "general secretary", "Northern Dockworkers Union")


def test_generic_speakers_at_an_organisation():
    s = parse_speaker("Analysts at Kestrel Bank")
    assert (s.kind, s.name, s.org, s.speaker_type) == ("generic", "analysts", "Kestrel Bank", "analyst")


def test_institution_joined_by_and_is_an_organisation():
    s = parse_speaker("Customs and Border Protection")
    assert (s.kind, s.name) == ("organisation", "Customs and Border Protection")


def test_abbreviated_titles_are_written_out_and_former_officials_are_other():
    s = parse_speaker("Former Sen. Dana Whitfield")
    assert (s.role, s.speaker_type) == ("Former Senator", "other")
    assert parse_speaker("Gov. Dana Whitfield").role == "Governor"


def test_days_and_state_codes_are_not_speakers():
    assert parse_speaker("Tuesday") is None
    assert parse_speaker("Va.") is None
    assert parse_speaker("Theresa May").name == "Theresa May"  # a month in a surname is still a name


def test_pronoun_prefers_the_person_who_just_spoke_over_a_later_mention():
    registry = SpeakerRegistry()
    registry.resolve("Tom Reyes", 0)                      # spoke
    registry.observe("The mill is run by Mr Kenji Sato.", 40)  # named, not speaking
    assert registry.resolve("he", 120).name == "Tom Reyes"


def test_the_title_resolves_to_the_person_holding_it():
    registry = SpeakerRegistry()
    registry.resolve("Japan’s Trade Minister Ryosei Akazawa", 0)
    registry.resolve("Ms Laura Okafor, senior fellow at the Institute for Global Commerce", 50)
    assert registry.resolve("the minister", 120).name == "Ryosei Akazawa"
    assert registry.resolve("the diplomat", 150).name == "the diplomat"  # nobody holds that title yet


def test_groups_with_a_nationality_are_generic_not_organisations():
    s = parse_speaker("US officials")
    assert (s.kind, s.name, s.speaker_type, s.org) == ("generic", "US officials", "official", None)
