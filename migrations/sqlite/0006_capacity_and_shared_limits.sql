CREATE TABLE `capacity_places` (
	`form_id` text NOT NULL,
	`slot` text NOT NULL,
	`taken` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`form_id`, `slot`)
);
--> statement-breakpoint
CREATE TABLE `rate_counters` (
	`key` text PRIMARY KEY NOT NULL,
	`count` integer NOT NULL,
	`reset_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `used_proofs` (
	`hash` text PRIMARY KEY NOT NULL,
	`expires_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `used_proofs_expires` ON `used_proofs` (`expires_at`);--> statement-breakpoint
ALTER TABLE `submissions` ADD `slot` text;--> statement-breakpoint
ALTER TABLE `submissions` ADD `holds_place` integer DEFAULT false NOT NULL;