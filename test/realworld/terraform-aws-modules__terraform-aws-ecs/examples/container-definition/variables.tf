variable "write_container_definition_to_file" {
  description = "Determines whether the container definition JSON should be written to a file. Used for debugging and checking diffs"
  type        = bool
  default     = true
}
