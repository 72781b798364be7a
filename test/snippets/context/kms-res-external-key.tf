variable "key_material_base64" {
  type      = string
  sensitive = true
}
