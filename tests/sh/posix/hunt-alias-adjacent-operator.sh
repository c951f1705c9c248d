# An alias used right after an operator that follows the same alias is
# expanded again: only the alias's own replacement text is exempt from
# re-expanding it (XCU 2.3.1).
alias z='echo z'
z;z
z&&z
z|z
(z);z
