# Tildes after = and : in assignments expand.
HOME=/h
p=~/a:~/b
echo $p
q=x~
echo $q
