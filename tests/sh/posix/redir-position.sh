# Redirections may appear anywhere in a simple command.
>f echo a b
cat f
echo c >g d
cat g
<g cat
