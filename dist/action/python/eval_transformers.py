"""model-experiments' PyTorch runner for evaluate: the logits of a trained dir's model over a list of texts.

Run by `model-experiments evaluate` on a dir trained by `--trainer transformers` (no onnx/model.onnx): it loads
the model with AutoModelForSequenceClassification and its tokenizer, truncates to --max-length, and writes the
logits as little-endian float32 rows to --logits-file. model-experiments computes the metrics from them, the same
way for every trainer.
"""

import argparse
import json
import sys


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model-dir", required=True)
    parser.add_argument("--texts-file", required=True)
    parser.add_argument("--logits-file", required=True)
    parser.add_argument("--max-length", type=int, required=True)
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args()

    import numpy
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()

    device = "cuda" if torch.cuda.is_available() else "cpu"
    print(f"evaluate: running {args.model_dir} on {device} (torch {torch.__version__})", file=sys.stderr, flush=True)
    with open(args.texts_file, encoding="utf-8") as handle:
        texts = json.load(handle)
    tokenizer = AutoTokenizer.from_pretrained(args.model_dir)
    model = AutoModelForSequenceClassification.from_pretrained(args.model_dir).to(device)
    model.eval()
    with open(args.logits_file, "wb") as out, torch.no_grad():
        for start in range(0, len(texts), args.batch_size):
            batch = tokenizer(texts[start : start + args.batch_size], truncation=True, max_length=args.max_length, padding=True, return_tensors="pt").to(device)
            logits = model(**batch).logits.float().cpu().numpy()
            out.write(numpy.ascontiguousarray(logits, dtype="<f4").tobytes())


if __name__ == "__main__":
    main()
