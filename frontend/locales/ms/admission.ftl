# Had log masuk, pengesahan tambahan dan kekuatan kata laluan (issue 10, "Brute force and admission").

# Halaman log masuk kakitangan, selepas terlalu banyak percubaan log masuk gagal pada akaun ini atau secara keseluruhan.
admission-sign-in-wait = Terlalu banyak percubaan log masuk yang gagal. Sila tunggu { $seconds } saat dan cuba lagi.

# Halaman yang meminta kod TOTP sebelum menaikkan ke peringkat atas, mengeksport, memindahkan atau menetapkan semula ahli.
admission-step-up-title = Sahkan dengan kod
admission-step-up-intro = Tindakan ini memerlukan kod daripada aplikasi pengesah anda, yang dimasukkan dalam 5 minit terakhir. Masukkan kod semasa, kemudian anda kembali ke tempat tadi dan boleh melakukannya.
admission-step-up-confirm = Sahkan
admission-step-up-wrong = Kod tidak sepadan, atau sudah digunakan. Tunggu kod seterusnya dan cuba lagi.
