package org.despatch.classify;

import static org.despatch.classify.Label.DIPLOMATIC;
import static org.despatch.classify.Label.MILITARY;
import static org.despatch.classify.Label.OTHER;

import java.util.List;

/**
 * The event patterns, in the spirit of the CAMEO event codes: how reports name diplomatic acts (consult,
 * negotiate, visit, appeal, demand, sanction, recall ambassadors), military acts (shell, storm, ambush, deploy,
 * mobilise) and the acts that make a paragraph OTHER (elections, courts, economy, disasters, press notes).
 * Written from ../LABELS.md and general knowledge of news and despatch style; every entry is a readable phrase
 * so that the evidence shown to researchers is the lexicon itself.
 */
public final class EventLexicon {

    /** Bump when a cue or weight changes: every stored label records the version that gave it. */
    public static final String VERSION = "event-patterns-11";

    private EventLexicon() {
    }

    public static final List<Cue> CUES = List.of(
            // --- diplomatic acts that frame what follows
            Cue.frame(1.5, "urged", "urg(e|es|ed|ing)"),
            Cue.frame(1.5, "called on", "call(s|ed|ing)? (on|upon|for)|appeal(s|ed)? (to|for|from)"),
            // an adjective's half is no act: Israel "mounted its long-threatened invasion", a "much-criticised" plan
            Cue.frame(1.2, "demanded", "(?<!-)demand(s|ed|ing)?"),
            Cue.frame(1.0, "encouraged", "encourag(e|es|ed|ing)"),
            Cue.frame(1.2, "agreed", "agree(s|d)?( to| on| upon| that)"),
            Cue.frame(1.2, "proposed", "(?<!-)propos(e|es|ed|ing|al|als)"),
            Cue.frame(1.0, "offered", "offer(s|ed)?"),
            Cue.frame(1.0, "promised", "(?<!-)promis(e|es|ed)|pledg(e|es|ed)"),
            Cue.frame(1.0, "warned", "warn(s|ed|ing)?"),
            Cue.frame(1.0, "threatened", "(?<!-)threaten(s|ed)?"),
            Cue.frame(1.2, "condemned", "condemn(s|ed|ation)?|denounc(e|es|ed)|deplor(e|es|ed)"),
            Cue.frame(1.0, "criticized", "(?<!-)critici[sz](e|es|ed|ing)|criticism|accus(e|es|ed)"),
            // a government's defence of another's act is a statement about it: "defended the right of Russian troops"
            Cue.frame(1.0, "defended the right", "defend(s|ed|ing) (the|its|their|his|her) (right|decision|stance"
                    + "|policy)"),
            // what an agreement provides for is its subject: "signed an agreement ... for the withdrawal of troops"
            Cue.frame(2.5, "signed an agreement", "sign(s|ed|ing)? (a |an |the |their |its )?([\\w-]+ ){0,3}(agreement"
                    + "|accord|treaty|deal|cease-?fire|truce|armistice|protocol|pact|memorandum|convention)s?"),
            Cue.frame(1.2, "tabled", "tabl(es|ed|ing) (a |an |the |its |their )?([\\w-]+ ){0,2}(position|proposal"
                    + "|draft|resolution|plan|text|amendment)s?"),
            // a despatch's assurances and misgivings, a cable's démarche: the troops they are about are their subject
            Cue.frame(1.2, "assured", "assur(e|es|ed|ing) (me|him|her|us|them)( [\\w-]+){0,3} that"
                    + "|(gave|give|gives|given) (me|him|her|us|them) (an |the |his |her |their |every |formal )?assurances?"),
            Cue.frame(1.2, "expressed concern", "express(ed|es|ing)? (the )?([\\w-]+ ){0,2}(concern|misgivings|regret"
                    + "|anxiety|displeasure|indignation)"),
            Cue.frame(1.5, "demarche", "d[eé]marches?|aide-m[eé]moire|(made|delivered|presented) (strong |formal )?"
                    + "representations"),
            Cue.frame(1.0, "objected", "object(s|ed|ing)? to|objections? to"),
            // an agreement's articles: "The Parties shall cease all military operations", "Neither Party shall lay
            // new mines"
            Cue.frame(1.2, "the parties shall", "(the|either|neither|each) (two |high contracting |contracting )?"
                    + "part(y|ies) (shall|agrees?|undertakes?|hereby)"),
            Cue.frame(1.5, "protested to", "(lodged|filed|delivered) (a |an )?(formal )?protest|protest(s|ed)? to"
                    + "|complain(s|ed|ing)? to|(lodged|filed) (a |an )?(formal )?complaint"),
            // --- meeting and talking
            Cue.of(DIPLOMATIC, 3.0, "talks", "talks"),
            Cue.of(DIPLOMATIC, 3.0, "negotiations", "negotiat(e|es|ed|ing|ion|ions|or|ors)"),
            Cue.of(DIPLOMATIC, 3.0, "mediation", "mediat(e|es|ed|ing|ion|or|ors)|good offices"),
            Cue.of(DIPLOMATIC, 2.5, "dialogue", "dialog(ue)?"),
            Cue.of(DIPLOMATIC, 3.0, "summit", "summit(s|ry)?"),
            Cue.of(DIPLOMATIC, 1.5, "conference", "conference(s)?"),
            Cue.of(DIPLOMATIC, 1.5, "consultations", "consult(s|ed|ing|ation|ations)?"),
            Cue.of(DIPLOMATIC, 2.0, "met with", "(met|meet|meets|meeting) with|held (a )?meeting"),
            Cue.of(DIPLOMATIC, 1.0, "discussed", "discuss(es|ed|ing)?"),
            Cue.of(DIPLOMATIC, 1.5, "visit", "visit(s|ed|ing)?|state visit|official visit"),
            Cue.of(DIPLOMATIC, 1.0, "traveled to", "travel(s|led|ed|ling|ing)? to|(arrived|flew) in"),
            Cue.of(DIPLOMATIC, 2.0, "delegation", "delegation(s)?|emissar(y|ies)"),
            Cue.of(DIPLOMATIC, 2.5, "counterpart", "counterpart(s)?"),
            Cue.of(DIPLOMATIC, 1.0, "by telephone", "(by|on the) (tele)?phone|phone call"),
            // --- diplomats and foreign ministries
            Cue.of(DIPLOMATIC, 3.0, "diplomat", "diplomat(s|ic|ically|ists?)?|diplomacy"),
            Cue.of(DIPLOMATIC, 3.0, "ambassador", "ambassador(s)?|envoy(s)?|embass(y|ies)|legation(s)?|consul(ate|ates|s)?|charg[eé] d'affaires"
                    + "|((military|naval|air|defen[cs]e) )?attach[eé](s)?"),
            Cue.of(DIPLOMATIC, 3.0, "foreign minister", "foreign (minister|ministers|ministry|ministries|secretary|office|affairs(?! committee))|secretary of state(?! for (?!foreign))|state department"),
            // --- agreements, relations, international bodies
            Cue.of(DIPLOMATIC, 2.0, "agreement", "agreement(s)?|accord(s)?|pact(s)?|memorandum of understanding|communiqu[eé]"),
            Cue.of(DIPLOMATIC, 3.0, "treaty", "treat(y|ies)|protocol(s)?|convention(s)? on"),
            Cue.of(DIPLOMATIC, 2.0, "relations", "(diplomatic |bilateral |good |normal |friendly )?relations|ties with|rapprochement"),
            Cue.of(DIPLOMATIC, 2.5, "bilateral", "bilateral|multilateral|intergovernmental"),
            Cue.of(DIPLOMATIC, 2.0, "recognition", "recogni[sz](e|es|ed|ing|tion) (of |the )?(independence|government|state|sovereignty)|diplomatic recognition"),
            Cue.of(DIPLOMATIC, 2.0, "recalled", "recall(s|ed|ing)?"
                    // troops that expel a post or a garrison fight for it: "expelled the Afghan post after an exchange of shots"
                    + "|expel(s|led|ling)?(?! (the |an? |its |their )?([\\w-]+ )?(posts?|garrisons?|troops|outposts?|detachments?|forces?|rebels|insurgents|enemy))"
                    + "|expulsion|persona non grata|severed|sever(s|ing)?|broke off"),
            Cue.of(DIPLOMATIC, 3.0, "sanctions", "sanction(s|ed)?|embargo(es|ed)?|boycott(s|ed)?|blockade"),
            Cue.of(DIPLOMATIC, 2.5, "security council", "(?<!(national|provincial|district|local|state|regional) )security council|general assembly|u\\.?n\\.? resolution|resolution(s)?"),
            Cue.of(DIPLOMATIC, 1.5, "united nations", "united nations|u\\.n\\.|\\bun\\b(?= (secretary|envoy|mission|chief|official|officials|body|agency|team|monitors))|secretary-general"),
            Cue.of(DIPLOMATIC, 2.0, "regional organisations", "arab league|african union|european (union|community|commission)|gulf cooperation council|asean|osce|organi[sz]ation of american states|council of europe|commonwealth|g-?7|g-?8|g-?20|league of nations|concert of europe"),
            Cue.of(DIPLOMATIC, 1.0, "nato", "nato"),
            Cue.of(DIPLOMATIC, 2.0, "international community", "international community|world powers|great powers|the powers|foreign powers|regional (states|powers)"),
            // the verification of an arms treaty is diplomacy about arms, whatever unit or site it visits
            Cue.of(DIPLOMATIC, 2.5, "arms control", "arms[- ]control|disarmament|non-?proliferation|(weapons|arms|treaty"
                    + "|on-site|challenge) inspections?|inspection teams?|(weapons|un|iaea|opcw|treaty|international) "
                    + "inspectors|verification (regime|mission|measures|visits?)|iaea|opcw|cfe"),
            Cue.of(DIPLOMATIC, 2.5, "ceasefire", "cease-?fire(s)?|truce(s)?|armistice|cessation of hostilities|peace (talks|process|plan|deal|accord|agreement|treaty|conference|initiative|proposal|settlement|mission|negotiations)|peace|peacemaking"),
            Cue.of(DIPLOMATIC, 1.5, "initiative", "initiative(s)?|roadmap|road map"),
            Cue.of(DIPLOMATIC, 1.0, "ally", "all(y|ies)|alliance(s)?|cooperat(e|es|ed|ion)|partnership"),
            Cue.of(DIPLOMATIC, 1.5, "veto", "veto(es|ed)?|abstain(ed)?"),
            Cue.of(DIPLOMATIC, 1.5, "extradition", "extradit(e|ed|ion)|asylum"),
            Cue.of(DIPLOMATIC, 1.0, "statement", "(joint )?statement|declaration|note verbale|memorandum|ultimatum"),
            Cue.of(DIPLOMATIC, 1.0, "aid", "(economic |financial |development |foreign )aid|grant(s)? to|loan(s)? to|credit(s)? to"),
            Cue.of(DIPLOMATIC, 1.0, "resolved", "resol(ve|ved|ution of) (the )?(crisis|dispute|conflict)|settle(ment)? (of )?(the )?(dispute|conflict)|dispute"),
            Cue.of(DIPLOMATIC, 0.5, "officials", "official(s)?|government(s)?|minister(s)?"),
            // a parliamentary question's formula names the minister it is put to, which is no diplomatic act: "To ask
            // the Secretary of State for Foreign and Commonwealth Affairs how many people ... require food aid"
            Cue.of(OTHER, 1.0, "parliamentary question", "to ask (the|her majesty's|his majesty's) ([\\w'-]+ ){0,3}"
                    + "(secretary of state|minister|prime minister|chancellor)( for ([\\w-]+,? ){0,2}(and [\\w-]+ )?"
                    + "(affairs|department|development|defence|trade|health))?"),
            // troops at a fire, a flood or an earthquake do relief work, which is no use of force
            Cue.of(OTHER, 2.5, "relief work", "rescue (efforts?|operations?|work|teams?)|relief (efforts?|operations?|work"
                    + "|supplies|flights)|disaster relief|flood relief|(fight|fighting|fought) the (fire|flames|blaze)"
                    + "|put out the (fire|flames|blaze)|firefight(ers|ing)|firemen|evacuat(e|ed|ing) (the )?(residents"
                    + "|villagers|civilians|inhabitants|flood victims)|search and rescue|clear(ed|ing)? (away )?(the )?(rubble|debris)"
                    + "|distribut(e|ed|ing) (bread|food|rations|blankets|tents|water) (to|among)"
                    + "|search(ed|ing)? for (the )?(survivors|missing|victims|bodies)"),
            // --- military words used of civilians, which must not count as force: "the army of labourers", the
            // "submarine telegraph" of 19th-century news
            Cue.of(OTHER, 1.0, "telegraph", "submarine (and overland )?(telegraph|cable)s?"),
            Cue.of(OTHER, 2.0, "army of workers", "arm(y|ies) of ([\\w-]+ ){0,2}(labourers|laborers|workers|volunteers|fans|supporters|tourists|clerks|coolies|navvies|builders|cleaners|helpers|lawyers|lobbyists|consultants|accountants|engineers|journalists|reporters|photographers|shoppers|pilgrims)"),
            // a garrison's band and its parades are ceremony, which is no use of force
            Cue.of(OTHER, 2.0, "military ceremony", "(military|regimental|massed|garrison|naval|brigade|battalion"
                    + "|divisional|pipe) bands?|bands? (played|playing)|(military|victory( day)?|independence( day)?"
                    + "|republic day|national day|anniversary|ceremonial) parades?|march(ed|es)? past|guards? of honou?r"),
            // war as a trade's struggle: "the war of tariffs", "a price war"
            Cue.of(OTHER, 2.0, "trade war", "(tariff|trade|price|customs|currency|rate|fare|bidding) wars?|wars? of "
                    + "(tariffs|rates|prices)|war on (drugs|poverty|crime|inflation|corruption)"),
            // who commands a unit is its staff's business, not an act of force: "assumed command of the battalion"
            Cue.of(OTHER, 2.0, "change of command", "(assum(ed|es|ing)|relinquish(ed|es|ing)|hand(ed|s|ing) over"
                    + "|t(ook|akes|aking) over) (the )?command|changes? of command|promoted to (the rank of )?(captain|major|colonel"
                    + "|lieutenant|brigadier|general)|posted to (the )?staff"),
            // --- use of armed force
            Cue.of(MILITARY, 3.0, "shelling", "shell(s|ed|ing)|bombard(s|ed|ing|ment|ments)?|barrage(s)?|cannonade"
                    + "|(re)?open(ed|s)? fire (on|upon)|batteries (re)?opened fire"),
            Cue.of(MILITARY, 3.0, "air strikes", "air ?strike(s)?|air ?raid(s)?|(drone|missile|precision|artillery) strike(s)?|bomb(s|ed|ing|ings)?|bomber(s)?|sortie(s)?"),
            Cue.of(MILITARY, 3.0, "offensive", "offensive(s)?|counter-?offensive|assault(s|ed|ing)?|onslaught"),
            Cue.of(MILITARY, 3.0, "attack", "attack(s|ed|ing)?|attacker(s)?|(?<!police )raid(s|ed|ing)?|incursion(s)?|sabotage|(fell|fall|falls|set) upon|cut to pieces|put to the sword|atk(s)?|ctr-?atk(s)?|burn(ed|t) ([\\w-]+ ){0,2}villages?|pillag(e|ed|ing)|plunder(ed|ing)|laid waste|razed|sacked"),
            // a truce named as broken sets the scene of fighting; it is not the diplomacy of one
            Cue.of(MILITARY, 1.5, "broken truce", "(despite|in defiance of|in (violation|breach) of|notwithstanding|violat(e|es|ed|ing)|breach(es|ed|ing)?|broke|breaking) (the |a |an |this |that |their |its )?([\\w.'-]+ ){0,3}(cease-?fire(s)?|truce(s)?|armistice)"),
            Cue.of(MILITARY, 3.0, "storming", "storm(ed|ing)|stormed|besieg(e|ed|ing)|siege(s)?|encircl(e|ed|ement)|overran|overrun"),
            Cue.of(MILITARY, 3.0, "ambush or gunfire", "ambush(es|ed)?|sniper(s)?|sniper fire|gunfire|gunmen|gunman|opened fire|fired on|exchang(e|es|ed|ing) (of )?fire"),
            Cue.of(MILITARY, 3.0, "fighting", "fighting|fought|clash(es|ed)?|battle(s|d)?|combat|skirmish(es|ing)?|hostilities|engagement(s)? with"),
            Cue.of(MILITARY, 3.0, "arms and units", "artillery|mortar(s)?|rocket(s)?|missile(s)?|tank(s)?|machine-?gun(s)?|rpg(s)?|howitzer(s)?|launcher(s)?|grenade(s)?|warship(s)?|warplane(s)?|torpedo(es|ed)?|u-boat(s)?|gunship(s)?|fighter jet(s)?|aircraft carrier(s)?|frigate(s)?|destroyer(s)?|submarine(s)?|cruiser(s)?|cavalry|infantry|battalion(s)?|brigade(s)?|regiment(s)?|division(s)? of|garrison(s)?"),
            Cue.of(MILITARY, 3.0, "troops", "troop(s)?|soldier(s)?|army|armies|armed forces|paratroop(er|ers|s)|marines|militia(s|men)?|guerrilla(s)?|insurgen(t|ts|cy)|jihadist(s)?|commando(s)?|special forces"),
            Cue.of(MILITARY, 2.0, "rebels", "rebel(s)?|militant(s)?|fighters|combatant(s)?|paramilitar(y|ies)|irregulars|raiders|bashi-?bazouks?|cossacks|janissaries|dervishes|zouaves|spahis|sepoys|ghazis"),
            Cue.of(MILITARY, 1.5, "military", "militar(y|ily)|defen[cs]e (minister|ministry|forces|secretary)|navy|naval|air force|pentagon|fleet(s)?|squadron(s)?|iron-?clad(s)?|gunboat(s)?|m[ae]n-of-war|stockade(s)?|fortress(es)?|forts|fortification(s)?|barracks|cantonments?|entrenchment(s)?|redoubt(s)?|armd|arty|bde(s)?|regt(s)?|recce|battle ?group(s)?|\\d{1,3} (para|cdo)|[a-d] coy|coys|[b-d] company|hq company|rifle compan(y|ies)|commando(s)?|force protection|motori[sz]ed rifle|mechani[sz]ed|armou?red (divisions?|brigades?|units?|columns?)"),
            Cue.of(MILITARY, 1.0, "forces", "forces"),
            // armed force turned on a state's own government, and an armed force's operations on networks
            Cue.of(MILITARY, 2.0, "coup", "coups?( d'[eé]tat)?|putsch(es)?|mutin(y|ies|ied|eers)|juntas?"),
            Cue.of(MILITARY, 2.0, "cyber operations", "cyber ?(warfare|command|units?|operations|operators|weapons)"),
            Cue.of(MILITARY, 3.0, "invasion", "invad(e|es|ed|ing)|invasion|occup(y|ied|ying)(?! with\\b| itself| himself| herself| themselves)|annex(ed|ation)"),
            Cue.of(MILITARY, 2.5, "deployed", "deploy(s|ed|ing|ment|ments)?|mobili[sz](e|es|ed|ing|ation)|reinforcements|landing (party|parties|force|forces)|landed (a |an |the )?(force|party|detachment|troops|marines|seamen|bluejackets)|redeploy(ed|ment)?|troop movements?|massing|massed"
                    // a Boer republic's call-up: "burghers have been commandeered ... and entrained for the border"
                    + "|commandeered for (service|the front)|burghers (have been |were )?commandeered|entrain(ed|ing) for"
                    + "|call(ed|ing)? (out|up) (of )?(the )?([\\w-]+ ){0,2}(reserves?|reservists|redifs?|militia|landwehr"
                    + "|national guard|conscripts|recruits|classes)"),
            Cue.of(MILITARY, 2.5, "exercises", "(military|naval|joint|war) (exercise|exercises|drills|maneuvers|manoeuvres|games)|(exercis|rehears|practi[sc])(ed|ing) (the )?(use|launch|delivery|firing|deployment|crossing) of|on (high )?alert|state of alert"
                    + "|air defen[cs]es? (were |was |had been )?(activated|put on alert)|activat(e|ed|ing) (its |their |the )?air defen[cs]es?"),
            Cue.of(MILITARY, 2.5, "weapons test", "(nuclear|missile|weapons?) test(s|ed)?|test-fired|arms (deliveries|shipment|shipments|supplies)|weapons? (deliveries|shipment|shipments)"
                    // weapons sent are delivered, whoever announces it: "continued to send arms to Pakistan"
                    + "|(sen[dt]|sending|supplie[sd]|supply(ing)?|deliver(s|ed|ing)?|ship(s|ped|ping)?) (arms|weapons)( and ([\\w-]+ ){1,2})? to"),
            Cue.of(MILITARY, 1.5, "weapons", "weapon(s|ry)?|arms|munitions|ammunition|explosive(s)?|warhead(s)?|rifles"
                    + "|carbines|muskets|machine guns|small arms"),
            Cue.of(MILITARY, 2.0, "killed", "killed,? wounded and missing|killed and wounded|killed|kill(s|ing)?|slain|slew|slaughter(ed|s)?|butcher(ed|y)|shot dead|massacre(d|s)?|executed"),
            Cue.of(MILITARY, 1.5, "wounded", "wounded|injured|casualt(y|ies)|death toll|dead|fatalities|bodies"),
            Cue.of(MILITARY, 2.5, "explosion", "explosion(s)?|blast(s)?|suicide bomb(er|ers|ing)|car bomb|roadside bomb|(s?vb)?ied(s)?|landmine(s)?|mine(s)? exploded|detonat(e|ed|ion)"
                    + "|(floating|sea|naval|anti-ship|limpet|contact) mines?|minefields?|mine-?(sweepers?|sweeping|hunters?)"
                    // land mines by their kind, and the traps and shells a war leaves behind
                    + "|(ap|at|anti-?personnel|anti-?tank) mines?|booby[- ]?traps?|unexploded (ordnance|bombs?|shells?)|uxo"
                    + "|(the )?mining of (the|a|an) ([\\w-]+ ){0,2}(tanker|ship|vessel|harbou?r|port|strait|channel|estuary)"),
            Cue.of(MILITARY, 2.0, "captured", "captur(e|ed|ing)|seiz(e|ed|ing)(?! of)|took control|retook|retaken|recaptur(e|ed)|fell to|entered (the )?([\\w-]+ ){0,2}(capital|city|town|village|port)|surrender(ed)?|taken prisoner(s)?|(took|made) ([\\w-]+ ){0,2}prisoner(s)?|prisoner(s)? of war"),
            Cue.of(MILITARY, 1.5, "advance", "forc(e|ed|ing) (the|a) passage (of|across)|advanc(e|es|ed|ing)|retreat(s|ed|ing)?|roadblocks?|checkpoints?|repuls(e|es|ed|ing)|routed|put to flight|outpost(s)?|observation posts?|withdr(aw|aws|ew|awn|awal)|front ?line(s)?|the front|positions|offensive operations|adv|posn(s)?|patrol(s|led|ling)"),
            Cue.of(MILITARY, 1.5, "targeted", "target(s|ed|ing)|strike(s)? (on|against)|strik(es|ing) ([\\w-]+ ){0,2}(sites|targets|camps|bases|positions)|struck|destroy(s|ed|ing)? (a |an |the |its |their |[\\w-]+ ){0,3}(command posts?|positions?|tanks?|convoys?|depots?|bases?|airfields?|batter(y|ies)|bunkers?|headquarters|launchers?|ammunition dumps?|(mg|machine-?gun|enemy) posts?|strongpoints?|pillbox(es)?)"),
            Cue.of(MILITARY, 2.0, "terrorist attack", "terror(ist|ists|ism)|hostage(s)?|kidnap(ped|ping|pers)?|hijack(ed|ing|ers)?"),
            Cue.of(MILITARY, 1.5, "war", "war|wars|warfare|armed conflict|violence|fire on"),
            Cue.of(MILITARY, 1.0, "security forces", "security forces|police fired|riot police"),
            // --- what makes a paragraph OTHER
            // a cable's last paragraph names whom to call: "EMBASSY POINT OF CONTACT IS POLOFF ..., TEL ..."
            Cue.of(OTHER, 3.0, "point of contact", "points? of contact (is|are|for)|poc (is|for)"),
            Cue.of(OTHER, 3.0, "not independently confirmed", "could not be (independently )?(confirmed|verified)|(independent )?confirmation (of [^.]{0,60})?(was|is) not available|not (be )?independently (confirmed|verified)|unconfirmed reports?"),
            Cue.of(OTHER, 2.0, "election", "election(s)?|elect(ed)?(?! members?\\b)|ballot(s)?|polls|voter(s)?|referendum|campaign(ing)?|candidate(s)?|polling"),
            Cue.of(OTHER, 1.5, "parliament", "parliament(ary)?|legislat(ure|ive|ion)|congress|senate|bill|cabinet reshuffle|coalition government|opposition part(y|ies)"),
            Cue.of(OTHER, 2.0, "court", "court(s)?|trial|judge(s)?|verdict|sentenced|convicted|acquitted|prosecutor(s)?|lawsuit|indict(ed|ment)"
                    // "is suing the United States for damages" (the verb alone: who is sued is the lead's target), not
                    // a belligerent that sued for peace
                    + "|su(es|ed|ing)(?= (the |a |an )?([\\w.-]+ ){1,3}for (damages|compensation|libel|negligence|breach))"
                    + "|for damages|compensation claims?"),
            // a police raid is policing, whatever it finds: "Police raided a house and found rifles and grenades"
            Cue.of(OTHER, 3.0, "police raid", "police raid(s|ed|ing)?|raid(s|ed)? by (the )?police"),
            Cue.of(OTHER, 1.5, "police", "police|arrested|detained|arrest(s)?|investigat(e|ion|ions|ors)|probe|crime|criminal|murder|robbery|smuggling|corruption|fraud"),
            Cue.of(OTHER, 2.0, "economy", "econom(y|ic|ics)|inflation|prices|market(s)?|stock(s)?|(?<!\\b[b-d] |hq |rifle |para )compan(y|ies)|profit(s)?|budget|tax(es)?|trade deficit|investment|investor(s)?|bank(s)?|currency|exports?|imports?|oil prices|gdp|unemployment|wages|industry|firm"
                    + "|sterling|the (dollar|euro|yen|rouble|rupee)|traders|gilts|equities|bond yields|sell-?off"),
            Cue.of(OTHER, 2.5, "disaster", "earthquake(s)?|flood(s|ing)?|hurricane(s)?|typhoon(s)?|cyclone(s)?|drought|famine|epidemic|outbreak|disaster(s)?|wildfire(s)?|landslide(s)?|snowstorm|tsunami|accident(s)?|crash(ed|es)?|capsiz(e|ed)|drown(s|ed|ing)?"),
            Cue.of(OTHER, 1.5, "protest", "protest(s|ers|ed|ing)?|demonstrat(ion|ions|ors|ed)|rall(y|ies)|strike(s)? by|general strike|(protesters|demonstrators|thousands|hundreds|crowds?|students|workers|supporters|women) marched|marchers|(a|the|protest|peace) march(?! \\d)|sit-in|riot(s|ers)?"),
            Cue.of(OTHER, 1.5, "reform", "reform(s)?|constitution(al)?|law(s)?|decree(s)?|amnesty|resign(s|ed|ation)?|step down|appointed|sworn in"),
            Cue.of(OTHER, 1.0, "humanitarian", "refugee(s)?|humanitarian|food aid|relief|rescu(e|ed|es|ing|ers)|shortage(s)?|hospital(s)?|electricity|incubator(s)?|patients|doctors|medical"),
            Cue.of(OTHER, 2.0, "culture", "festival|film|music|museum|exhibition|concert|novel|artist(s)?|church|religious"),
            // sport, whose reporters borrow war's words ("a blistering assault on Arsenal's title hopes")
            Cue.of(OTHER, 3.0, "sport", "sport(s)?|football|soccer|rugby|cricket|tennis|all blacks|springboks|wallabies|six nations|test match|world cup|qualifier(s)?|on the pitch|referee(s)?|stadium|(a|the) match(?! for)|title (hopes|race|challenge|defence|defense)|premier league|\\d{1,2}-\\d{1,2} (win|victory|defeat|draw|loss)|olympic(s)?|tournament|championship"
                    + "|wicket(s)?|innings|bowler(s)?|bowling|batsm[ae]n|goalkeeper|half-?time|grand prix"
                    + "|champions league|europa league|equali[sz]er|penalty shoot-?out|(semi|quarter)-?finals?|goalless"),
            // a court's and a legation's social life: "The Queen's birthday was celebrated at the Legation"
            Cue.of(OTHER, 2.0, "ceremony", "birthday|celebrat(e|es|ed|ing|ion|ions)|reception(s)?|banquet(s)?|festivit(y|ies)|jubilee|coronation|wedding|marriage|solemni[sz]ed|funeral|anniversary|ball|ceremon(y|ies|ial)"),
            Cue.of(OTHER, 1.5, "science", "scientist(s)?|research(ers)?|universit(y|ies)|school(s)?|students|technology|climate|environment(al)?|health|disease"));

    /**
     * All cues, found in one pass over a sentence. At any position the first cue in list order that matches wins,
     * and matches do not overlap: "foreign minister" is one piece of evidence, not also "minister".
     */
    static final WordAlternatives ALL = new WordAlternatives(CUES.stream().map(Cue::regex).toList());
}
