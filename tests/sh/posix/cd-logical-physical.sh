mkdir real
ln -s real link
cd link
pwd -L | sed 's|.*/||'
pwd -P | sed 's|.*/||'
cd ..
cd -P link
pwd | sed 's|.*/||'
cd -L ../link
pwd | sed 's|.*/||'
