printf '%s|%d|%x|%X|%o|%c|%%\n' str 42 255 255 8 xyz
printf '%5s|%-5s|%05d|%+d|%.2s\n' ab ab 42 7 abcdef
printf '%d %d\n' 0x10 010
printf '%i\n' -3
printf '%u\n' 3
