"""MUC-4 role-filler extraction as an external benchmark (``summarizer eval muc4``).

MUC-4 (news reports on terrorism in Latin America, 1989-1992) in the processed form of Du,
Rush and Cardie (GRIT, EACL 2021): each document's gold fillers for five roles, PerpInd,
PerpOrg, Target, Victim and Weapon. The parts:

- :mod:`.data`: streaming reader of the JSON-lines split files, numeric document ids;
- :mod:`.mapping`: from an incident brief to the five roles, every mention a span of the text;
- :mod:`.scorer`: the standard metric (GRIT's ``eval.py``, phi_strict);
- :mod:`.runner`: an engine over the documents, GRIT-format prediction files;
- :mod:`.report`: the terminal table beside GRIT's published figures;
- :mod:`.cli`: the ``muc4`` sub-command.

The split files are never shipped with the project: pass the path of one at run time.
"""
