my_func_1() { echo underscore; }
my_func_1
f()
{
	echo brace-next-line
}
f
g() ( echo subshell-body; exit 3 )
g; echo "status $?"
h() if true; then echo if-body; fi
h
