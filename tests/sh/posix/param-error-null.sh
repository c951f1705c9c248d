# ${p:?} treats null as unset, ${p?} does not.
n=
echo "[${n?never}]"
(: "${n:?is null}") 2>/dev/null || echo colon-form-failed
