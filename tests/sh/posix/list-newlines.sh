# Newlines after && || | and before a command are allowed.
true &&
echo and-nl
false ||

echo or-nl
echo pipe |

tr a-z A-Z
