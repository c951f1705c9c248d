HOME=/
cd
pwd
