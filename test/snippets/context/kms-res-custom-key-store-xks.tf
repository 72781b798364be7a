variable "xks_proxy_access_key_id" {
  type      = string
  sensitive = true
}

variable "xks_proxy_secret_access_key" {
  type      = string
  sensitive = true
}
