cat /dev/fd/3 - 3<<X <<Y
from three
X
from zero
Y
