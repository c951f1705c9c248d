times >out
wc -l <out | tr -d ' '
