# Stand-in for the key the snippet refers to.
resource "aws_kms_key" "main" {
  description         = "Key the snippet refers to"
  enable_key_rotation = true
}

variable "secret_value" {
  type      = string
  sensitive = true
}
