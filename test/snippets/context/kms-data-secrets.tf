variable "db_password_ciphertext" {
  type = string
}
