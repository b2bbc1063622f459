# 证据文件：可接受的文件类型，以及每个文件中隐藏信息（元数据）的处理结果。

files-type-not-accepted = 不能添加这种类型的文件。您可以添加照片（JPEG、PNG、WebP、HEIC）、PDF 文件、文档（Word DOCX、Excel XLSX、PowerPoint PPTX、OpenDocument ODT 和 ODS）、纯文本、录音（MP3、M4A、AAC、Ogg、Opus、WAV、AMR）和视频（MP4、MOV、3GP、WebM）。
files-evidence-hint = 您最多可以选择 { $count } 个文件，每个文件最大 { $limit } MB：照片、PDF 文件、文档、纯文本、录音或视频。我们会删除照片、PDF 文件和文档中的隐藏信息，例如地点、相机和作者，并告诉您每个文件删除了什么。录音和视频按原样保存。您以后也可以用回执码补充文件。
files-evidence-warning = 照片（JPEG、PNG、WebP）、PDF 文件和文档（DOCX、XLSX、PPTX、ODT、ODS）在保存前会删除隐藏信息，例如地点、时间、手机型号和作者姓名。HEIC 照片、录音和视频会完全按您发送的样子保存，其中的隐藏信息也会保留。
files-metadata-removed = 已删除隐藏信息：{ $what }
files-metadata-none-found = 已检查：没有发现隐藏信息
files-metadata-plain-text = 纯文本：没有需要删除的隐藏信息
files-metadata-kept-as-sent = 无法检查这个文件的隐藏信息：按原样保存
files-removed-photo-details = 地点、时间和相机信息
files-removed-document-properties = 作者、公司和文档信息
files-removed-xmp = 内嵌的 XMP 信息
files-choose-again = 举报没有发送，所以您的文件没有添加。请重新选择：{ $names }
