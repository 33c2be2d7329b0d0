"""The verbs that report speech ("said", "told", "tweeted"): the cue of a quote's speaker in analysis and of a
speaking person in the briefing, in one table that loads without spaCy."""

from __future__ import annotations

SPEECH_VERBS = frozenset(
    "say tell add insist warn claim state write argue explain declare suggest note report ask reply respond "
    "continue announce comment stress acknowledge admit conclude urge tweet post recall predict promise vow "
    "confirm deny joke quip complain allege brag boast concede contend emphasise emphasize observe remark "
    "shout testify whisper assert maintain read caution lament scoff retort counter agree describe "
    "demand wonder exclaim muse sing yell proclaim pledge recount tout call dub brand characterize "
    "characterise blast slam praise hail condemn denounce criticize criticise accuse lambast chastise mock "
    "dismiss cite liken attack rate rule label encourage chant laud scold reference defend exhort bemoan seethe "
    "blame specify reiterate repeat echo apologize apologise thank rail plead assure inform opine gush rant grumble "
    "fume marvel concur interject answer confess mutter murmur mumble snap sigh laugh chuckle tease taunt sniff "
    "rebut protest gripe whine scream holler reassure remind beg implore preach lecture inquire "
    "enquire query speculate recommend propose congratulate commend rebuke reprimand underscore highlight "
    "question reveal disclose hint retweet forecast estimate pen".split()
)
