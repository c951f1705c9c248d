# The status of a command with only assignments is that of the last
# command substitution.
x=$(exit 3)
echo $?
x=$(false) y=$(true)
echo $?
