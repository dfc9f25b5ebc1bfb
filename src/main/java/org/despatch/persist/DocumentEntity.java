package org.despatch.persist;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One document of the archive: a file, an entry inside an archive, or a document embedded in another. */
@Entity
@Table(name = "DSP_DOCUMENT")
public class DocumentEntity extends ArchiveRow {

    /** Status of a document that has not been read yet. */
    public static final String STATUS_PENDING = "PENDING";

    /** The column's length in schema.sql. */
    static final int MAX_SOURCE_PATH = 16384;

    @Column(name = "SOURCE_PATH")
    private String sourcePath;
    @Column(name = "SOURCE_KEY")
    private String sourceKey;
    @Column(name = "SHA256")
    private String sha256;
    @Column(name = "SIZE_BYTES")
    private Long sizeBytes;
    @Enumerated(EnumType.STRING)
    @Column(name = "STAGE")
    private Stage stage;
    @Column(name = "STATUS")
    private String status;
    @Column(name = "ERROR")
    private String error;
    @Column(name = "MEDIA_TYPE")
    private String mediaType;
    @Column(name = "PARSER")
    private String parser;
    @Column(name = "PARSE_MILLIS")
    private Long parseMillis;
    @Column(name = "TITLE")
    private String title;
    @Column(name = "LANGUAGE")
    private String language;
    @Column(name = "CHAR_COUNT")
    private Integer charCount;
    @Column(name = "CONTENT_HASH")
    private String contentHash;
    @Column(name = "DUPLICATE_OF")
    private Long duplicateOf;
    @Column(name = "CREDIT")
    private String credit;
    @Column(name = "LABEL")
    private String label;
    @Column(name = "MODEL_VERSION")
    private String modelVersion;
    @Column(name = "DOCUMENT_DATE")
    private java.time.LocalDate documentDate;
    @Column(name = "DATE_SOURCE")
    private String dateSource;
    /** The document this one was found in while extracting it; null for files and archive entries. */
    @Column(name = "PARENT_ID")
    private Long parentId;
    /**
     * The file (or archive entry) whose parse found this document, at any depth; null for files and archive entries,
     * and for documents registered before the column was added (what a parse of such a document finds has that
     * document's id here). The extract step partitions its waiting documents by it, so that what a parse defers is
     * read by the partition that deferred it.
     */
    @Column(name = "ROOT_ID")
    private Long rootId;
    /**
     * For a document found in an mbox that is its root (a file or archive entry): the byte offset in it of the
     * separator line of the message that holds it, or that it is; null elsewhere. A parse for documents waiting in
     * the mailbox begins there (see {@code org.despatch.extract.MessagePlace}).
     */
    @Column(name = "MESSAGE_OFFSET")
    private Long messageOffset;
    @Column(name = "JOB_EXECUTION_ID")
    private Long jobExecutionId;
    @Column(name = "INGESTED_AT")
    private LocalDateTime ingestedAt;

    public String getSourcePath() { return sourcePath; }
    /** Fitted as a last guard (a path is made of names cut to {@code SourcePath.MAX_NAME_CHARS}). */
    public void setSourcePath(String v) { sourcePath = Columns.fit(v, MAX_SOURCE_PATH); }
    public String getSourceKey() { return sourceKey; }
    public void setSourceKey(String v) { sourceKey = v; }
    public String getSha256() { return sha256; }
    public void setSha256(String v) { sha256 = v; }
    public Long getSizeBytes() { return sizeBytes; }
    public void setSizeBytes(Long v) { sizeBytes = v; }
    public Stage getStage() { return stage; }
    public void setStage(Stage v) { stage = v; }
    public String getStatus() { return status; }
    public void setStatus(String v) { status = v; }
    public String getError() { return error; }
    public void setError(String v) { error = Columns.fit(v, 1000); }
    public String getMediaType() { return mediaType; }
    public void setMediaType(String v) { mediaType = Columns.fit(v, 255); }
    public String getParser() { return parser; }
    public void setParser(String v) { parser = Columns.fit(v, 128); }
    public Long getParseMillis() { return parseMillis; }
    public void setParseMillis(Long v) { parseMillis = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = Columns.fit(v, 1000); }
    public String getLanguage() { return language; }
    public void setLanguage(String v) { language = v; }
    public Integer getCharCount() { return charCount; }
    public void setCharCount(Integer v) { charCount = v; }
    public String getContentHash() { return contentHash; }
    public void setContentHash(String v) { contentHash = v; }
    public Long getDuplicateOf() { return duplicateOf; }
    public void setDuplicateOf(Long v) { duplicateOf = v; }
    public String getCredit() { return credit; }
    public void setCredit(String v) { credit = Columns.fit(v, 1000); }
    public String getLabel() { return label; }
    public void setLabel(String v) { label = v; }
    public String getModelVersion() { return modelVersion; }
    public void setModelVersion(String v) { modelVersion = v; }
    public java.time.LocalDate getDocumentDate() { return documentDate; }
    public void setDocumentDate(java.time.LocalDate v) { documentDate = v; }
    public String getDateSource() { return dateSource; }
    public void setDateSource(String v) { dateSource = v; }
    public Long getParentId() { return parentId; }
    public void setParentId(Long v) { parentId = v; }
    public Long getRootId() { return rootId; }
    public void setRootId(Long v) { rootId = v; }
    public Long getMessageOffset() { return messageOffset; }
    public void setMessageOffset(Long v) { messageOffset = v; }
    public Long getJobExecutionId() { return jobExecutionId; }
    public void setJobExecutionId(Long v) { jobExecutionId = v; }
    public LocalDateTime getIngestedAt() { return ingestedAt; }
    public void setIngestedAt(LocalDateTime v) { ingestedAt = v; }
}
