"""Events: how far a frame reaches: a plural pronoun for joined actors, an appeal's
coordinated verbs, aspectual verbs, and the sides of one government. Every sentence is
written for these tests."""


def _names(rec, ids):
    by = {a.id: a.name for a in rec.actors}
    return [by[i] for i in ids]


def test_they_after_joined_actors_is_all_of_them(run_text):
    rec = run_text("Secretary Antony Blinken met Foreign Minister Wopke Hoekstra on Monday. "
                   "Blinken and Hoekstra condemned Russia's attacks on Ukraine. "
                   "They agreed to expand cooperation on energy.", published="2022-04-12")
    agree = [e for e in rec.events if e.type == "AGREE"]
    assert agree, [(e.cameo, e.explain) for e in rec.events]
    assert set(_names(rec, agree[0].actor + agree[0].recipient)) == {"Antony Blinken", "Wopke Hoekstra"}
    assert agree[0].reciprocal


def test_every_verb_an_appeal_coordinates_is_only_asked_for(run_text):
    rec = run_text("Canada called on Russia to cease its offensive and withdraw its forces from Moldova.")
    assert not [e for e in rec.events if e.type == "RETREAT"], [(e.cameo, e.explain) for e in rec.events]
    asked = [e for e in rec.unrealised if e.type == "RETREAT"]
    assert asked and asked[0].modality == "hypothetical"


def test_continue_does_not_make_a_needed_act_happen(run_text):
    rec = run_text("Norway and Chile agreed on the need to continue providing humanitarian aid to Haiti.")
    assert not [e for e in rec.events if e.type == "AID"], [(e.cameo, e.explain) for e in rec.events]
    assert [e for e in rec.events if e.type == "AGREE"]


def test_continue_keeps_an_act_that_goes_on(run_text):
    rec = run_text("Russia continued to shell Kharkiv on Tuesday.", published="2022-05-04")
    assert [e for e in rec.events if e.type == "ASSAULT" and e.modality == "asserted"]


def test_officials_of_one_government_are_one_side(run_text):
    rec = run_text("Secretary of State Antony Blinken and Secretary of Defense Lloyd Austin visited Kyiv. "
                   "They discussed security assistance.", published="2022-04-25")
    assert not [e for e in rec.events if e.type == "CONSULT"
                and set(_names(rec, e.actor + e.recipient)) == {"Antony Blinken", "Lloyd Austin"}], \
        [(e.cameo, _names(rec, e.actor), _names(rec, e.recipient)) for e in rec.events]


def test_a_discussed_topic_is_no_act(run_text):
    rec = run_text("Antony Blinken spoke with Catherine Colonna. "
                   "They discussed ways to impose sanctions on Russia.", published="2022-07-08")
    assert not [e for e in rec.events if e.type == "SANCTION"], [(e.cameo, e.explain) for e in rec.events]


def test_an_event_named_as_what_was_discussed_is_no_act(run_text):
    rec = run_text("Joe Biden spoke with Volodymyr Zelenskyy. The leaders also discussed the recent "
                   "talks between Russia and Ukraine.", published="2022-04-01")
    assert [_names(rec, e.actor) for e in rec.events] == [["Joe Biden"]]
    assert [e for e in rec.unrealised if "topic" in e.explain]


def test_support_as_the_aim_of_other_work_is_no_support_given(run_text):
    rec = run_text("They agreed to continue the close transatlantic efforts to support the Ukrainian "
                   "people. They discussed cooperation, including supporting refugees from Ukraine.",
                   published="2022-04-01")
    assert not [e for e in rec.events if e.cameo == "051"], [(e.cameo, e.explain) for e in rec.events]
    rec = run_text("Secretary Blinken commended Indonesia’s efforts to support Afghanistan’s people.",
                   published="2022-04-01")
    assert [e for e in rec.events if e.type == "SUPPORT"]


def test_people_from_a_country_are_a_group_of_their_own(run_text):
    rec = run_text("Antony Blinken met virtually today with activists from Burma.", published="2022-02-01")
    meet = [e for e in rec.events if e.type == "CONSULT"]
    assert meet and _names(rec, meet[0].recipient) == ["activists from Burma"]
    group = next(a for a in rec.actors if a.name == "activists from Burma")
    assert group.country == "MMR"


def test_the_citizens_of_a_country_are_that_country(run_text):
    rec = run_text("Russia attacked the citizens of Ukraine.")
    hits = [e for e in rec.events if e.type == "ASSAULT"]
    assert hits and _names(rec, hits[0].recipient) == ["Ukraine"]


def test_the_loss_of_lives_names_the_victims_not_the_accused(run_text):
    rec = run_text("Canada deplored the loss of innocent Afghan lives.")
    assert not [e for e in rec.events if e.type == "ACCUSE"
                and _names(rec, e.recipient) == ["Afghanistan"]], [(e.cameo, e.explain) for e in rec.events]


def test_a_verb_tagged_as_a_plural_noun_still_triggers(run_text):
    rec = run_text("The United States thanks Prime Minister Frank Bainimarama.", published="2022-05-26")
    hits = [e for e in rec.events if e.type == "SUPPORT"]
    assert hits and _names(rec, hits[0].recipient) == ["Frank Bainimarama"], [(e.cameo, e.explain) for e in rec.events]


def test_a_statement_released_by_governments_is_their_we(run_text):
    rec = run_text("The following statement was released by the Governments of Austria, Brazil, "
                   "and the United States of America.\n\nWe urge the Cuban government to release those detained.",
                   published="2021-07-26", title="Joint Statement on Cuba")
    asks = [e for e in rec.events if e.type == "REQUEST"]
    assert asks and set(_names(rec, asks[0].actor)) == {"Austria", "Brazil", "United States"}, \
        [(e.cameo, _names(rec, e.actor), e.explain) for e in rec.events]


def test_they_after_the_two_leaders_are_still_the_two_sides(run_text):
    rec = run_text("President Joe Biden spoke today with President Abdel Fattah Al Sisi of Egypt. "
                   "The two leaders also discussed Libyan plans for national elections in December. "
                   "They also affirmed their support for the Iraqi government.", published="2021-05-24")
    support = [e for e in rec.events if e.type == "SUPPORT"]
    assert support and "Libya" not in _names(rec, support[0].actor), \
        [(e.cameo, _names(rec, e.actor), e.explain) for e in rec.events]
    calls = [e for e in rec.events if e.type == "CONSULT"]
    assert len(calls) == 1 and calls[0].mode == "phone"       # "discussed" is that call
    assert "Abdel Fattah Al Sisi" in _names(rec, calls[0].recipient)   # the text's spelling


def test_him_is_not_the_subject_of_his_own_clause(run_text):
    rec = run_text("President Joe Biden spoke today with Justin Trudeau, Prime Minister of Canada, "
                   "to thank him for the gift.", published="2021-07-08")
    thanks = [e for e in rec.events if e.type == "SUPPORT"]
    assert thanks and _names(rec, thanks[0].recipient) == ["Justin Trudeau"], \
        [(e.cameo, _names(rec, e.recipient), e.explain) for e in rec.events]


def test_a_relative_pronoun_done_to_is_its_noun_and_their_detention_is_the_detainers(run_text):
    rec = run_text("The two leaders discussed Michael Kovrig and Michael Spavor, who are unjustly "
                   "detained by China. Joe Biden condemned their arbitrary detention.",
                   published="2021-07-08")
    held = [e for e in rec.events if e.cameo.startswith("17")]
    assert held and _names(rec, held[0].actor) == ["China"]
    assert set(_names(rec, held[0].recipient)) == {"Michael Kovrig", "Michael Spavor"}
    blame = [e for e in rec.events if e.type == "ACCUSE"]
    assert blame and _names(rec, blame[0].recipient) == ["China"], [(e.cameo, e.explain) for e in rec.events]


def test_the_two_sides_promising_cooperation_agree_with_each_other(run_text):
    rec = run_text("Wendy Sherman met Jacinda Ardern today. The leaders promised close cooperation "
                   "to fight climate change.", published="2021-07-20")
    agree = [e for e in rec.events if e.type == "AGREE"]
    assert agree and set(_names(rec, agree[0].actor + agree[0].recipient)) == {"Wendy Sherman", "Jacinda Ardern"}
    assert not [e for e in found_all(rec) if e.type == "ASSAULT"]      # no one fights the climate


def test_with_someone_participating_is_no_partner_of_the_verb(run_text):
    rec = run_text("Wendy Sherman met Jacinda Ardern today. The leaders discussed the retreat hosted "
                   "by Prime Minister Jacinda Ardern with President Joe Biden participating.",
                   published="2021-07-20")
    assert not [e for e in rec.events if "Joe Biden" in _names(rec, e.actor + e.recipient)], \
        [(e.cameo, e.explain) for e in rec.events]


def found_all(rec):
    return rec.events + rec.unrealised


def test_a_relatives_tie_is_not_a_target_and_a_cut_name_is_made_whole(run_text):
    rec = run_text("The U.S. Treasury is sanctioning an advisor and daughter of Daniel Ortega and "
                   "Rosario Murillo, Camila Antonia Ortega Murillo, who is also the coordinator of the "
                   "National Commission for the Creative Economy; and Edwin Ramon Castro Rivera, "
                   "a National Assembly Deputy.", published="2021-06-09")
    hits = [e for e in rec.events if e.type == "SANCTION"]
    assert hits
    targets = set(_names(rec, hits[0].recipient))
    assert "Daniel Ortega" not in targets and "Rosario Murillo" not in targets, targets
    assert "Edwin Ramon Castro Rivera" in targets, targets


def test_two_appeals_for_different_acts_are_two_and_arrests_in_a_country_are_its_own(run_text):
    rec = run_text("Canada urges the Cuban government to release those detained. Canada urges the "
                   "Cuban government to heed the voices of the Cuban people. Peru condemns the mass "
                   "arrests of protestors in Cuba.", published="2021-07-26")
    assert len([e for e in rec.events if e.type == "REQUEST"]) == 2
    blame = [e for e in rec.events if e.type == "ACCUSE"]
    assert blame and _names(rec, blame[0].recipient) == ["Cuba"], [(e.cameo, e.explain) for e in rec.events]


def test_a_phone_call_on_a_date_is_a_call_and_a_traveller_keeps_no_destination_country(run_text):
    rec = run_text("Under Secretary of State Uzra Zeya met Marcelo Ebrard. DHS Secretary Alejandro "
                   "Mayorkas traveled to Mexico on August 10. The visit followed a phone call between "
                   "Vice President Kamala Harris and President Andrés Manuel López Obrador on August 9.",
                   published="2021-08-11")
    calls = [e for e in rec.events if e.cameo == "041"]
    assert calls and set(_names(rec, calls[0].actor + calls[0].recipient)) == {
        "Kamala Harris", "Andrés Manuel López Obrador"}, [(e.cameo, e.explain) for e in rec.events]
    assert not [e for e in rec.events if e.type == "REQUEST"]
    mayorkas = next(a for a in rec.actors if a.name == "Alejandro Mayorkas")
    assert mayorkas.country == "USA"            # DHS is a US body; Mexico is where he went


def test_sanctions_in_response_to_an_act_fall_on_its_doer(run_text):
    rec = run_text("The Cuban regime violently suppressed protesters in Havana. Canada is enacting "
                   "additional sanctions in connection with this repression.", published="2021-07-30")
    hits = [e for e in rec.events if e.type == "SANCTION"]
    assert hits and _names(rec, hits[0].recipient) == ["Cuba"], [(e.cameo, e.explain) for e in rec.events]


def test_being_opposed_to_something_is_ones_own_rejection(run_text):
    rec = run_text("Canada is opposed to the Russian plan.")
    hits = [e for e in rec.events if e.type == "REJECT"]
    assert hits and _names(rec, hits[0].actor) == ["Canada"] and _names(rec, hits[0].recipient) == ["Russia"]


def test_an_instruction_to_ones_own_minister_is_no_request_whatever_it_names(run_text):
    rec = run_text("PRESIDENT BIDEN: I asked Secretary Antony Blinken to go to the United Nations.",
                   published="2022-02-18", url="https://www.whitehouse.gov/x")
    assert not [e for e in rec.events if e.type == "REQUEST"], [(e.cameo, e.explain) for e in rec.events]


def test_two_nations_border_clashes_are_both_sides_and_no_call_party(run_text):
    rec = run_text("Antony Blinken spoke with Foreign Minister Sirojiddin Muhriddin. Expressing condolences "
                   "for the lives lost during the Kyrgyz and Tajik border clashes in April, the Secretary "
                   "commended the efforts to de-escalate hostilities. Both leaders agreed to meet soon.",
                   published="2022-06-10")
    clash = [e for e in rec.events if e.type == "ASSAULT"]
    assert clash and set(_names(rec, clash[0].actor + clash[0].recipient)) == {"Kyrgyzstan", "Tajikistan"}
    agree = [e for e in found_all(rec) if e.type == "AGREE"]
    assert agree and "Kyrgyzstan" not in _names(rec, agree[0].actor + agree[0].recipient)


def test_they_after_a_call_with_unnamed_leaders_are_the_caller_not_a_country_mentioned(run_text):
    rec = run_text("President Joe Biden spoke today with Transatlantic leaders about the likelihood of "
                   "further Russian aggression against Ukraine. Together they expressed deep concern "
                   "over Russia's continued build-up of forces.", published="2022-01-24")
    concern = [e for e in rec.events if e.type == "ACCUSE"]
    assert concern and _names(rec, concern[0].actor) == ["Joe Biden"], [(e.cameo, e.explain) for e in rec.events]


def test_accountability_pledges_reach_those_responsible_and_justice(run_text):
    rec = run_text("Canada and its partners will seek to hold accountable those responsible for the "
                   "abuses committed by Russia. Canada will bring the members of ISIS to justice.",
                   published="2022-03-01")
    threats = [e for e in rec.events if e.type == "THREATEN"]
    got = {tuple(_names(rec, e.recipient)) for e in threats}
    assert ("Russia",) in got, [(e.cameo, e.modality, e.explain) for e in found_all(rec)]
    assert any("Islamic State" in " ".join(r) for r in got), got


def test_a_kings_label_and_this_administration(run_text):
    rec = run_text("SECRETARY BLINKEN: Welcome, Your Majesty.\n\nKING ABDULLAH: We thank this "
                   "administration for the support on the vaccine.", published="2021-07-20",
                   url="https://www.state.gov/x")
    king = next(a for a in rec.actors if "Abdullah" in a.name)
    assert king.name == "Abdullah II" and king.country == "JOR"
    thanks = [e for e in rec.events if e.type == "SUPPORT" and e.actor == [king.id]]
    assert thanks and _names(rec, thanks[0].recipient) == ["United States"], \
        [(e.cameo, _names(rec, e.actor), _names(rec, e.recipient)) for e in rec.events]


def test_the_vice_ministers_and_the_deputy_secretary_are_the_meetings_sides(run_text):
    rec = run_text("First Vice Foreign Minister Cho Hyundong, U.S. Deputy Secretary of State Wendy Sherman, "
                   "and Japan Vice Foreign Minister Mori Takeo met today in Seoul. The Vice Foreign "
                   "Ministers and the Deputy Secretary strongly condemned the repeated unlawful ballistic "
                   "missile launches by the DPRK. The Vice Foreign Ministers and the Deputy Secretary "
                   "discussed a range of issues, including our joint efforts to support Ukraine.",
                   published="2022-06-08")
    blame = [e for e in rec.events if e.type == "ACCUSE"]
    assert blame and len(blame[0].actor) == 3 and _names(rec, blame[0].recipient) == ["North Korea"]
    assert not [e for e in rec.events if e.type == "SUPPORT"]          # a topic of discussion


def test_a_summit_the_readout_recalls_does_not_date_todays_meeting(run_text):
    rec = run_text("Senior officials from the United States, Australia, India, and Japan met virtually. "
                   "This meeting seeks to build on the historic discussions held between President Biden "
                   "and Prime Minister Suga during the summit on March 12, 2021.", published="2021-08-12")
    meet = [e for e in rec.events if e.type == "CONSULT" and "United States" in _names(rec, e.actor + e.recipient)]
    assert meet and meet[0].date == "2021-08-12", [(e.cameo, e.date, e.explain) for e in rec.events]


def test_an_advisers_we_is_the_government_a_presidents_is_the_president(run_text):
    rec = run_text("We condemn the Houthi attacks against civilian infrastructure in Saudi Arabia.",
                   published="2022-03-20", url="https://www.whitehouse.gov/x",
                   title="Statement by National Security Advisor Jake Sullivan on the Houthi Attacks")
    blame = [e for e in rec.events if e.type == "ACCUSE"]
    assert blame and _names(rec, blame[0].actor) == ["United States"], [(e.cameo, e.explain) for e in rec.events]
    rec = run_text("Together, we will hold Russia accountable for its actions.", published="2022-03-02",
                   url="https://www.whitehouse.gov/x", title="Statement by President Biden on the Vote")
    threat = [e for e in rec.events if e.type == "THREATEN"]
    assert threat and _names(rec, threat[0].actor) == ["Joe Biden"]


def test_an_attacks_target_hung_on_the_time_phrase_is_still_its_target(run_text):
    rec = run_text("Canada condemns the Houthi attacks over the last 48 hours against civilian "
                   "infrastructure in Saudi Arabia.", published="2022-03-20")
    hits = [e for e in rec.events if e.type == "ASSAULT"]
    assert hits and _names(rec, hits[0].recipient) == ["Saudi Arabia"], [(e.cameo, e.explain) for e in rec.events]


def test_a_meeting_between_two_named_sides_is_theirs_not_the_clause_subjects(run_text):
    rec = run_text("Announced during the summit meeting between President Joe Biden and Prime Minister "
                   "Yoshihide Suga on April 16, 2021, the partnership deepens cooperation.", published="2021-06-01")
    meet = [e for e in rec.events if e.type == "CONSULT"]
    assert meet and set(_names(rec, meet[0].actor + meet[0].recipient)) == {"Joe Biden", "Yoshihide Suga"}, \
        [(e.cameo, _names(rec, e.actor), _names(rec, e.recipient)) for e in rec.events]


def test_officials_including_named_people_are_those_people_and_one_side(run_text):
    rec = run_text("This afternoon, senior officials including Commerce Secretary Gina Raimondo, Deputy "
                   "Defense Secretary Kathleen Hicks, and National Security Advisor Jake Sullivan urged "
                   "Germany to invest in semiconductors.", published="2022-06-08")
    asks = [e for e in rec.events if e.type == "REQUEST"]
    assert asks and set(_names(rec, asks[0].actor)) >= {"Gina Raimondo", "Kathleen Hicks"}, \
        [(e.cameo, _names(rec, e.actor), e.explain) for e in rec.events]
    assert not [e for e in rec.events if e.type == "CONSULT"]


def test_discussing_the_importance_of_something_appeals_to_no_one(run_text):
    rec = run_text("Wendy Sherman met Esawi Frej today. They discussed the importance of all Palestinians "
                   "and Israelis living safely and securely.", published="2021-12-07")
    assert not [e for e in found_all(rec) if e.type == "REQUEST"], [(e.cameo, e.explain) for e in rec.events]


def test_a_meeting_months_before_is_another_meeting_not_a_date_for_todays(run_text):
    rec = run_text("The United Arab Emirates, United States, and Israel have launched an agenda at the "
                   "meeting of the Coexistence Working Group. The group was announced last October at the "
                   "first trilateral meeting of the foreign ministers of all three countries.",
                   published="2022-03-29")
    dates = sorted({e.date for e in rec.events if e.type == "CONSULT"})
    assert dates == ["2021-10", "2022-03-29"], [(e.cameo, e.date, e.explain) for e in rec.events]


def test_named_officials_of_one_government_who_meet_meet(run_text):
    rec = run_text("Today, National Security Advisor Jake Sullivan met with Secretary of the Interior "
                   "Deb Haaland to discuss the supply chain.", published="2022-03-01")
    meet = [e for e in rec.events if e.type == "CONSULT"]
    assert meet and set(_names(rec, meet[0].actor + meet[0].recipient)) == {"Jake Sullivan", "Deb Haaland"}, \
        [(e.cameo, _names(rec, e.actor), _names(rec, e.recipient)) for e in rec.events]
