# A leading period must be matched explicitly.
touch .hidden visible .h2
echo *
echo .h*
echo ?hidden
