echo [$()] ["$()"] [`true`]
set -- $(true)
echo $#
