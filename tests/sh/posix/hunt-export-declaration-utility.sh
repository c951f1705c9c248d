# skip-shells: yash
# export and readonly are declaration utilities: an operand that looks
# like an assignment is expanded like one, with tilde expansion after =
# and : and without field splitting or pathname expansion (XCU 2.9.1,
# export, readonly; POSIX.1-2024).  yash 2 in posix mode still splits.
HOME=/h
v='1 2'
export a=$v b=~/x:~/y
echo "$a|$b"
readonly c=$v d=~
echo "$c|$d"
touch f1 f2
export g=f*
echo "$g"
# command is a declaration utility when its first operand is one.
command export h=~ i=$v
echo "$h|$i"
