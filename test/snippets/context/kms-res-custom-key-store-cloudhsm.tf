variable "cloudhsm_trust_anchor_certificate" {
  type = string
}

variable "kmsuser_password" {
  type      = string
  sensitive = true
}
