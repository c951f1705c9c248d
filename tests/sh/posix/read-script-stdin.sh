# modes: stdin
# skip-shells: dash
# XCU sh: when the shell reads commands from standard input and runs a
# command that reads standard input, that command starts right after the
# shell's current command. Here read and cat take lines of this script.
# (bash and yash do so; dash reads ahead and runs the data as commands.)
read line
this line is data for read
echo "read: $line"
read a b
second data line
echo "a=$a b=$b"
f() { read x; echo "f read: $x"; }
g() { :; }
f
data after two definitions
cat
echo this line is cat output, not a command
exit 3 (never run: cat read it)
