"""Build ``lexicon/jobs.json``: the WordNet 3.0 nouns that name an occupation or office (a curator, a consul, a
paramedic), the job nouns the briefing compares as one person's role across outlets (lexicon.titles.JOB_NOUNS),
and the nouns that name a person of any kind (a protester, a hostage: lexicon.titles.PERSON_NOUNS), what a verb of
capture takes when it arrests someone ("seized 12 soldiers", not "seized 9 rifles").

Usage: .venv/bin/python eval/wordnet_jobs.py [--wordnet /usr/share/wordnet] [--no-write] [--diff]
Keeps every one-word noun lemma whose most used sense (index.noun lists senses by the tagged corpus's counts, as
eval/wordnet_kinds.py reads them) lies, through class hypernyms only (no instance: "Franklin" is a scientist, no
job), under one of ``ROOTS``: the person tree's occupational and office hyponyms, read off the tree (session 29).
A lemma whose most used sense is a person of another kind stays out whatever its rarer senses are ("father": a
parent before a priest; "host", "fan", "victim", "resident"), and so do kinship, nationality and religion, which
lie under other branches of the tree (relative, inhabitant, religious person); a capitalised lemma (an affiliation,
a people), one used mostly as an adjective ("private") and a status (``NOT_POSTS``) stay out too. Each job WordNet
files beside the word heading its synset is read as that word ("prexy": president). Prints the table's size and, with
``--diff``, the words gained over the hand list; exits 0 with a message when the WordNet files are absent.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "eval"))

from wordnet_kinds import LICENSE, absent, arguments, read_synsets, senses, tag_counts, write_table  # noqa: E402

from storyline.analyze.gender import first_name_gender  # noqa: E402
from storyline.analyze.kinds import MAX_WALK  # noqa: E402
from storyline.lexicon.titles import HAND_JOBS, JOBS  # noqa: E402

# Branches of person.n.01 whose members hold an occupation or an office; data.noun offsets. worker.n.01 holds the
# skilled workers, officials, servicemen, employees and assistants (a paramedic, a consul, a soldier); leader.n.01
# heads, politicians, clergy, employers and trainers (a director, a senator, an archbishop, a coach); the rest are
# person.n.01's other occupational branches: professionals (lawyers, teachers, nurses), scientists, experts
# (investigators, analysts), writers and the press (reporter, correspondent, broadcaster, announcer, publicist),
# representatives (heads of state, agents, delegates), mediators, performers, creators (artists, architects,
# producers, farmers), adjudicators (referees), athletes and players, rulers, businesspeople and financiers,
# money handlers (a treasurer), spokespeople, and the defenders whose post is a job (lawmen, custodians: a curator,
# guards, bodyguards, firefighters) and civil authorities (a mayor).
ROOTS = {
    "worker": "09632518", "leader": "09623038", "professional": "10480253", "scientist": "10560637",
    "expert": "09617867", "writer": "10794014", "broadcaster": "09875786", "reporter": "10521662",
    "correspondent": "09966554", "announcer": "09795334", "publicist": "10490699", "representative": "10522035",
    "mediator": "09624559", "performer": "10415638", "creator": "09614315", "adjudicator": "09769636",
    "athlete": "09820263", "player": "10439851", "ruler": "10541229", "businessperson": "09882716",
    "financier": "10090020", "money_handler": "09624980", "spokesperson": "10638385", "lawman": "10249459",
    "custodian": "09984298", "guard": "10150071", "bodyguard": "09863031", "firefighter": "10091651",
    "civil_authority": "10541833", "engineer": "09615807",
}  # fmt: skip
# Hyponyms of a root that name what someone is or does, no post they hold: leader.n.01's hero, role model, guide
# and founder ("father of ..."), instigator and galvanizer; worker.n.01's volunteer; money_handler.n.01's payer (a
# taxpayer); ruler.n.01's dictator (an autocrat, a despot: a judgement of a ruler, whom another outlet calls its
# president) and tyrant; read on the diff (session 29).
LEFT_OUT = frozenset(
    ("10325013", "10324851", "10151570", "10081456", "10209082", "10118382", "10759151", "10409752", "10011902",
     "10735707")
)  # fmt: skip
# Lemmas under a root that name a status or a standing, not a post: two outlets' "a veteran" and "a nurse", "a
# volunteer" and "a teacher", "a candidate" and "the mayor" are both true of one person (read on the diff, session
# 29); the generic roots themselves ("worker", "employee", "expert"), which any job is.
NOT_POSTS = frozenset(
    "worker employee professional expert specialist volunteer veteran candidate nominee appointee incumbent holdover "
    "noncandidate hire hireling temp seasonal employable breadwinner earner toiler striver jobholder subordinate "
    "underling superior superordinate helper workmate staffer pioneer innovator trailblazer groundbreaker "
    "pathfinder spearhead mastermind superstar superman hotshot heartthrob preserver rebel reb".split()
    # a political affiliation, a people or a faith, filed under a politician, a wanderer or a clergyman
    + "socialist leftist commie pinko bolshevist menshevik unionist federalist fabian labourite collectivist gypsy "
    "gipsy brahman brahmin bahai druid cyril".split()
)
PERSON = "00007846"  # person.n.01
# Heads of a body: head.n.01 (a director, an executive, a secretary of a department, a president of a firm) and
# presiding_officer.n.01 (a chairman); two of them given to one person by two outlets are two rival posts, where a
# job of another branch beside one is often a second facet of that person ("a lawyer", "an owner").
HEAD_ROOTS = frozenset(("10162991", "10469346"))
# Branches of ``ROOTS`` whose members follow a calling rather than hold a post in a body: writers and the press,
# performers, creators (a developer, an architect), professionals (a lawyer, a doctor), scientists, experts,
# athletes, players, businesspeople, financiers and engineers. "Broadcaster X" and "chairman of the judges X" are
# two facets of one person, where two posts of a body ("chief executive" / "chairman") are rivals.
PROFESSION_ROOTS = frozenset(
    ("writer", "broadcaster", "reporter", "correspondent", "announcer", "publicist", "performer", "creator",
     "professional", "scientist", "expert", "athlete", "player", "businessperson", "financier", "engineer")
)  # fmt: skip
# relative.n.01 (kin, a spouse; a "partner" first): who a person is to another person, never a post ("his business
# partner" beside "Fellbridge developer"); not peer.n.01, whose associates hold a body's seats (a councillor)
RELATION_ROOTS = frozenset(("10235549",))
JOBS_VERSION = 4


def build(wordnet: Path) -> dict:
    """The table lexicon.titles reads: the job nouns, with the roots and licence they come from."""
    parents, words = read_synsets(wordnet / "data.noun", instances=False)
    roots = set(ROOTS.values())
    # an affiliation or a people ("Democrat", "Inca", "Brahman", "Templar"), a dynasty or a person's name: a proper
    # noun, none a job noun written before a name
    capitalised = {(o, w.lower()) for o, ws in words.items() for w in ws if w[:1].isupper()}
    noun_senses = senses(wordnet / "index.noun")
    _, by_pos = tag_counts(wordnet / "cntlist.rev", noun_senses)

    def under(
        offset: str, depth: int = 0, roots: set[str] = roots, left_out: frozenset[str] = LEFT_OUT
    ) -> bool:
        if offset in roots:
            return True
        if offset in left_out or depth > MAX_WALK:
            return False
        return any(under(p, depth + 1, roots, left_out) for p in parents.get(offset, []))

    jobs = sorted(
        lemma
        for lemma, offsets in noun_senses.items()
        if lemma.isalpha()
        and lemma not in NOT_POSTS
        and (offsets[0], lemma) not in capitalised
        and not mostly_adjective(by_pos.get(lemma))
        and under(offsets[0])
    )
    # WordNet's other words for a job, as the job its synset is headed by ("prexy" is a president, "goalie" a
    # goalkeeper): the synset's first word when that is a job; not a word of a gendered job ("chairperson": its
    # synset's head is "president", lexicon.titles.neutral_job reads it) nor one the hand list holds
    known = set(jobs) | HAND_JOBS
    same = {}
    for lemma in jobs:
        head = words[noun_senses[lemma][0]][0].lower()
        if (
            head != lemma
            and head in known
            and lemma not in HAND_JOBS
            and not lemma.endswith(("man", "person"))
        ):
            same[lemma] = head
    # jobs that are given names too ("Hunter", "Dean", "Mason"): never read off a name as its title
    names = [j for j in jobs if first_name_gender(j)]
    people = sorted(
        lemma
        for lemma, offsets in noun_senses.items()
        if lemma.isalpha()
        and (offsets[0], lemma) not in capitalised
        and under(offsets[0], 0, {PERSON}, frozenset())
    )
    heads = {
        j: c for j in sorted(known) if j in noun_senses and (c := head_chain(noun_senses[j][0], parents))
    }
    callings = {ROOTS[r] for r in PROFESSION_ROOTS}
    professions = sorted(
        j for j in known if j in noun_senses and j not in heads and under(noun_senses[j][0], 0, callings)
    )
    relations = sorted(
        j for j in known if j in noun_senses and under(noun_senses[j][0], 0, set(RELATION_ROOTS), frozenset())
    )
    return {"version": JOBS_VERSION, "source": "Princeton WordNet 3.0", "license": LICENSE, "roots": ROOTS,
            "jobs": jobs, "same": same, "given_names": names, "people": people, "heads": heads,
            "professions": professions, "relations": relations}  # fmt: skip


def head_chain(offset: str, parents: dict[str, list[str]]) -> list[str]:
    """The synsets from a job's most used sense up its first hypernyms to a head root (``HEAD_ROOTS``), both ends
    kept ("ceo": chief executive officer, corporate executive, executive, administrator, head); [] when the chain
    meets no head root."""
    chain = [offset]
    while chain[-1] not in HEAD_ROOTS and parents.get(chain[-1]) and len(chain) <= MAX_WALK:
        chain.append(parents[chain[-1]][0])
    return chain if chain[-1] in HEAD_ROOTS else []


def mostly_adjective(uses: dict[str, int] | None) -> bool:
    """A lemma the tagged corpus uses more as an adjective than as a noun ("private", "domestic", "heavy"): before a
    name or after "a" it is the adjective."""
    return uses is not None and uses["a"] > uses["n"]


def main() -> None:
    ap = arguments(__doc__)
    ap.add_argument("--diff", action="store_true", help="print the words gained over the hand list")
    args = ap.parse_args()
    if absent(args.wordnet, "data.noun"):
        return
    table = build(args.wordnet)
    print(f"{JOBS.name}: {len(table['jobs'])} job nouns, {len(table['people'])} person nouns; hand list not in WordNet's: "
          f"{' '.join(sorted(HAND_JOBS - set(table['jobs'])))}")  # fmt: skip
    if args.diff:
        print(" ".join(w for w in table["jobs"] if w not in HAND_JOBS))
    if not args.no_write:
        write_table(JOBS, table)


if __name__ == "__main__":
    sys.exit(main())
