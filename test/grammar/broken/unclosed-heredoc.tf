locals {
  p = <<EOT
{}
EOF
}
