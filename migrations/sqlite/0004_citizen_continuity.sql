CREATE TABLE `applicant_links` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`token_hash` text NOT NULL,
	`email_hash` text NOT NULL,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `applicant_links_token_hash` ON `applicant_links` (`token_hash`);--> statement-breakpoint
CREATE INDEX `applicant_links_expires` ON `applicant_links` (`expires_at`);--> statement-breakpoint
CREATE TABLE `drafts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`token_hash` text NOT NULL,
	`form_id` text NOT NULL,
	`form_version` integer NOT NULL,
	`answers` text NOT NULL,
	`page` integer DEFAULT 0 NOT NULL,
	`lang` text DEFAULT 'ja' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`expires_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `drafts_token_hash` ON `drafts` (`token_hash`);--> statement-breakpoint
CREATE INDEX `drafts_expires` ON `drafts` (`expires_at`);--> statement-breakpoint
ALTER TABLE `attachments` ADD `draft_id` integer;--> statement-breakpoint
CREATE INDEX `attachments_draft` ON `attachments` (`draft_id`);--> statement-breakpoint
ALTER TABLE `submissions` ADD `applicant_email_hash` text;--> statement-breakpoint
CREATE INDEX `submissions_applicant_email` ON `submissions` (`applicant_email_hash`,`created_at`);