# Quoted reserved words are not reserved.
'if' 2>/dev/null || echo quoted-if-not-found
\for 2>/dev/null || echo escaped-for-not-found
echo if then else fi
