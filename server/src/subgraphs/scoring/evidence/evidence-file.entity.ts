import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * An uploaded evidence file (tài liệu kiểm chứng). The bytes are in the FileStorage under the
 * same id; this row holds what we checked and who may read it. A file is attached to at most
 * one score sheet: while unattached only its uploader may read it, afterwards whoever may read
 * the sheet.
 */
@ObjectType('EvidenceFile', { description: 'Tệp minh chứng đã tải lên (tài liệu kiểm chứng).' })
@Entity('evidence_file')
export class EvidenceFileEntity {
  @Field(() => ID) @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Field({ description: 'Tên tệp như người dùng tải lên (đã làm sạch).' })
  @Column({ name: 'file_name', type: 'varchar', length: 255 })
  fileName: string;
  @Field({ description: 'Kiểu nội dung do máy chủ xác định từ phần mở rộng và chữ ký tệp.' })
  @Column({ name: 'content_type', type: 'varchar', length: 128 })
  contentType: string;
  @Field(() => Int, { description: 'Kích thước (byte).' })
  @Column({ name: 'size_bytes', type: 'int' })
  size: number;
  @Field({ description: 'SHA-256 (hex) of the stored bytes, computed while uploading.' })
  @Column({ type: 'varchar', length: 64 })
  sha256: string;
  @Column({ name: 'uploaded_by', type: 'varchar', length: 36 }) uploadedBy: string;
  @Column({ name: 'uploader_unit_id', type: 'varchar', length: 36 }) uploaderUnitId: string;
  /** Set when a saved score entry first references the file. */
  @Index('ix_evidence_file_sheet')
  @Column({ name: 'sheet_id', type: 'varchar', length: 36, nullable: true })
  sheetId: string | null;
  @Field({ description: 'Thời điểm tải lên (UTC).' })
  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;
  @Field(() => String, { description: 'Relative URL to download the file through the gateway (with the same bearer token).' })
  get downloadUrl(): string {
    return `/files/${this.id}`;
  }
}
