data "aws_caller_identity" "current" {}

resource "aws_kms_key" "shared" {
  description         = "Key shared with a partner account"
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "AccountRoot"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::${data.aws_caller_identity.current.account_id}:root" }
        Action    = "kms:*"
        Resource  = "*"
      },
      {
        Sid       = "PartnerDecrypt"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::123456789012:role/reader" }
        Action    = ["kms:Decrypt", "kms:Dec"]
        Resource  = "*"
      }
    ]
  })
}
